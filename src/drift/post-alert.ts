/**
 * Posts a JSON summary to the DPO's webhook; a webhook that cannot be reached is reported (a
 * problem to warn about), and the verdict stands. The body is built by the caller and holds no
 * personal data and no secrets.
 */
export async function postAlert(url: string, body: Record<string, unknown>): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
      redirect: "error",
    });
    await response.body?.cancel();
    return response.ok ? undefined : `the alert webhook answered HTTP ${response.status}`;
  } catch (error) {
    return `the alert webhook could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name})`;
  }
}
