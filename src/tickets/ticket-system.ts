/** Which governance tool holds an exception's ticket. */
export type TicketSystemName = "jira" | "servicenow";

/** What a new ticket says: a summary, plain lines for its description, and where it goes. */
export interface NewTicket {
  /** The Jira project key, or the ServiceNow table (change_request by default). */
  container: string;
  summary: string;
  description: string[];
}

/** A ticket's link as the register records it. */
export interface TicketLink {
  system: TicketSystemName;
  /** The Jira issue key (PRIV-12), or the ServiceNow record's number (CHG0030001). */
  key: string;
  /** Where the API finds it again: the Jira key, or the ServiceNow table and sys_id. */
  locator: string;
  /** The ticket's page, for people. */
  url: string;
}

/** One comment of a ticket, its text flattened (Jira's ADF, ServiceNow's journal entry). */
export interface TicketComment {
  id: string;
  author: string;
  text: string;
}

/** What a ticket's status says now, read without its comments. */
export interface TicketState {
  /** The status as the tool names it (Jira's status name, ServiceNow's state and approval). */
  status: string;
  /** Rejected, cancelled, closed, or the ticket no longer exists: the exception it raised is revoked. */
  ended: boolean;
  /** The ticket is deleted or hidden from the gate's account: the governance record of the exception is gone. */
  gone?: boolean;
}

/** What the gate asks of a governance tool: raise, show, read back. It never grants anything. */
export interface TicketSystem {
  readonly name: TicketSystemName;
  open(ticket: NewTicket): Promise<TicketLink>;
  attach(link: TicketLink, fileName: string, content: string, contentType: string): Promise<void>;
  comment(link: TicketLink, text: string): Promise<void>;
  /** The status only: an ended ticket revokes whatever its comments say, so they are not read first. */
  status(link: TicketLink): Promise<TicketState>;
  /** Every comment, or a TicketTooLargeError when they cannot be read in full. */
  comments(link: TicketLink): Promise<TicketComment[]>;
}
