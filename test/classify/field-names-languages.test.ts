import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { combineKinds } from "../../src/classify/combine-kinds";
import { fieldTokens, kindsOfField } from "../../src/classify/field-names";

const lexicon = builtInCatalog().lexicon;
const kinds = (name: string) => kindsOfField(name, lexicon);
const LANGUAGES = ["de", "fr", "es", "it", "nl", "pt", "pl"] as const;

/** Field names as customers write them: each data class, each language, several spellings. */
const FIELDS: Record<string, Record<(typeof LANGUAGES)[number], string[]>> = {
  name: {
    de: ["Vorname", "nachName", "kunden_vorname"],
    fr: ["prénom", "nom_de_famille", "NomComplet"],
    es: ["nombre", "apellidos", "nombreCompleto"],
    it: ["nome", "cognome"],
    nl: ["voornaam", "achternaam"],
    pt: ["nome", "sobrenome", "nome_completo"],
    pl: ["imię", "nazwisko", "imie"],
  },
  email: {
    de: ["E-Mail-Adresse", "emailAdresse"],
    fr: ["courriel", "adresse_électronique"],
    es: ["correo_electronico", "correoElectrónico"],
    it: ["posta_elettronica", "indirizzoEmail"],
    nl: ["e-mailadres", "emailadres"],
    pt: ["correio_eletrónico", "endereco_de_email"],
    pl: ["adres_e-mail", "poczta-elektroniczna"],
  },
  phone: {
    de: ["Telefonnummer", "handyNummer", "kundentelefonnummer"],
    fr: ["numéro_de_téléphone", "telephone"],
    es: ["teléfono", "numeroDeTelefono", "movil"],
    it: ["numero_di_telefono", "cellulare"],
    nl: ["telefoonnummer", "mobiel_nummer"],
    pt: ["telemóvel", "numero-de-telefone"],
    pl: ["numer_telefonu", "komórka"],
  },
  address: {
    de: ["Straße", "Anschrift", "kundenadresse", "hausnummer"],
    fr: ["adresse_postale", "rue", "ville"],
    es: ["dirección", "calle", "domicilio"],
    it: ["indirizzo", "città", "numeroCivico"],
    nl: ["straatnaam", "huisnummer", "woonplaats"],
    pt: ["endereço", "morada", "cidade"],
    pl: ["ulica", "miejscowość", "numer_domu"],
  },
  postcode: {
    de: ["Postleitzahl", "plz"],
    fr: ["code_postal", "codePostal"],
    es: ["código_postal"],
    it: ["codice_postale", "codiceDiAvviamentoPostale"],
    nl: ["postcode"],
    pt: ["codigo_postal", "cep"],
    pl: ["kod_pocztowy"],
  },
  dob: {
    de: ["Geburtsdatum", "geburtstag", "kundengeburtsdatum"],
    fr: ["date_de_naissance", "dateDeNaissance"],
    es: ["fecha_de_nacimiento", "fechaNacimiento"],
    it: ["data_di_nascita", "dataNascita"],
    nl: ["geboortedatum"],
    pt: ["data_de_nascimento", "dataNascimento"],
    pl: ["data_urodzenia", "dataUrodzenia"],
  },
  national_id: {
    de: ["Sozialversicherungsnummer", "steuer_id", "reisepassNummer", "Führerschein"],
    fr: ["numéro_de_sécurité_sociale", "carte_d_identité", "passeport"],
    es: ["dni", "numeroDePasaporte", "número_de_seguridad_social"],
    it: ["codice_fiscale", "codiceFiscale", "passaporto"],
    nl: ["bsn", "burgerservicenummer", "paspoortnummer"],
    pt: ["nif", "cartão_de_cidadão", "passaporte"],
    pl: ["pesel", "numer_dowodu", "paszport"],
  },
  account_id: {
    de: ["Kundennummer", "kundenNr", "mitgliedsnummer"],
    fr: ["numéro_client", "identifiantClient"],
    es: ["numero_de_cliente", "idCliente"],
    it: ["codice_cliente", "numeroCliente"],
    nl: ["klantnummer", "klant_id"],
    pt: ["número_de_cliente", "idCliente"],
    pl: ["numer_klienta", "idKlienta"],
  },
  bank_account: {
    de: ["Kontonummer", "bankverbindung", "IBAN"],
    fr: ["rib", "coordonnées_bancaires", "iban"],
    es: ["numero_de_cuenta", "cuentaBancaria"],
    it: ["conto_corrente", "numeroDiConto"],
    nl: ["rekeningnummer", "bankrekeningnummer"],
    pt: ["nib", "numero_de_conta", "contaBancária"],
    pl: ["numer_konta", "numerRachunku"],
  },
  card_pan: {
    de: ["Kartennummer", "kreditkartenNummer", "kartenNr"],
    fr: ["numéro_de_carte", "numeroCarte", "carte_bancaire"],
    es: ["número_de_tarjeta", "numeroTarjeta", "tarjetaDeCredito"],
    it: ["numero_di_carta", "numeroCarta"],
    nl: ["kaartnummer", "creditcardNummer"],
    pt: ["número_do_cartão", "numeroCartao"],
    pl: ["numer_karty", "numerKarty", "karta_płatnicza"],
  },
  card_sad: {
    de: ["Prüfnummer", "kartenprüfnummer", "sicherheitsCode", "kartenSicherheitscode"],
    fr: ["cryptogramme", "code_de_sécurité"],
    es: ["código_de_seguridad", "codigoCVV"],
    it: ["codice_di_sicurezza", "codiceCvv"],
    nl: ["beveiligingscode", "veiligheidscode", "kaartbeveiligingscode"],
    pt: ["código_de_segurança"],
    pl: ["kod_cvv", "kodBezpieczeństwa"],
  },
  credential: {
    de: ["Geheimzahl", "pin-code"],
    fr: ["code_secret", "codePin"],
    es: ["código_secreto", "codigoPin"],
    it: ["codice_segreto", "codicePin"],
    nl: ["pincode"],
    pt: ["código_pin"],
    pl: ["kod_pin", "numerPin"],
  },
  participant_data: {
    de: ["Teilnehmerdaten", "teilnehmer_attribute"],
    fr: ["données_du_participant", "attributsDuParticipant"],
    es: ["datos_del_participante"],
    it: ["dati_del_partecipante"],
    nl: ["deelnemersgegevens"],
    pt: ["dados_do_participante"],
    pl: ["dane_uczestnika"],
  },
  card_expiry: {
    de: ["Ablaufdatum", "gültig_bis", "verfallsdatum"],
    fr: ["date_d_expiration", "dateDeValidite"],
    es: ["fecha_de_caducidad", "fechaVencimiento"],
    it: ["data_di_scadenza"],
    nl: ["vervaldatum", "geldig_tot"],
    pt: ["data_de_validade", "validade"],
    pl: ["data_ważności", "ważna_do"],
  },
  health: {
    de: ["Diagnose", "krankheit", "gesundheitszustand", "medikamente"],
    fr: ["diagnostic", "santé", "maladie"],
    es: ["diagnóstico", "enfermedad", "historialMedico"],
    it: ["diagnosi", "malattia", "cartellaClinica"],
    nl: ["diagnose", "ziekte", "medicatie"],
    pt: ["diagnóstico", "doença", "saúde"],
    pl: ["diagnoza", "choroba", "ciąża"],
  },
  biometric: {
    de: ["Stimmabdruck", "biometrische_daten"],
    fr: ["empreinte_vocale", "biométrie"],
    es: ["huella_de_voz", "biometría"],
    it: ["impronta_vocale", "biometria"],
    nl: ["stemafdruk", "vingerafdruk"],
    pt: ["impressão_vocal", "biometria"],
    pl: ["odcisk_głosu", "biometria"],
  },
  special_category: {
    de: ["Religion", "konfession", "ethnische_herkunft", "gewerkschaft"],
    fr: ["religion", "origine_ethnique", "syndicat"],
    es: ["religión", "etnia", "orientaciónSexual"],
    it: ["religione", "etnia", "sindacato"],
    nl: ["religie", "godsdienst", "vakbond"],
    pt: ["religião", "etnia", "sindicato"],
    pl: ["religia", "wyznanie", "pochodzenie_etniczne"],
  },
  criminal: {
    de: ["Vorstrafen", "straftat", "führungszeugnis"],
    fr: ["casier_judiciaire", "condamnation"],
    es: ["antecedentes_penales", "delito"],
    it: ["casellario_giudiziale", "reato"],
    nl: ["strafblad", "veroordeling"],
    pt: ["registo_criminal", "condenação"],
    pl: ["karalność", "przestępstwo"],
  },
  online_id: {
    de: ["IP-Adresse", "geräteKennung", "geolokalisierung"],
    fr: ["adresse_ip", "géolocalisation"],
    es: ["direccion_ip", "geolocalización"],
    it: ["indirizzo_ip", "geolocalizzazione"],
    nl: ["ip-adres", "geolocatie"],
    pt: ["endereço_ip", "geolocalização"],
    pl: ["adres_ip", "geolokalizacja"],
  },
  free_text: {
    de: ["Notizen", "kommentar", "beschreibung"],
    fr: ["commentaire", "remarques"],
    es: ["comentarios", "descripción", "observaciones"],
    it: ["commenti", "descrizione"],
    nl: ["opmerkingen", "omschrijving"],
    pt: ["comentários", "descrição", "observações"],
    pl: ["komentarz", "uwagi", "opis"],
  },
  transcript: {
    de: ["Transkript", "transkription"],
    fr: ["transcription", "retranscription"],
    es: ["transcripción"],
    it: ["trascrizione"],
    nl: ["transcriptie"],
    pt: ["transcrição"],
    pl: ["transkrypcja"],
  },
  recording: {
    de: ["Gesprächsaufzeichnung", "sprachnachricht"],
    fr: ["enregistrement_audio", "messagerie_vocale"],
    es: ["grabación", "buzon_de_voz"],
    it: ["registrazione_audio", "messaggio_vocale"],
    nl: ["gespreksopname", "spraakbericht"],
    pt: ["gravação", "correio_de_voz"],
    pl: ["nagranie", "poczta_głosowa"],
  },
};

describe("every data class of the lexicon is known in every language customers use", () => {
  test("the table covers every class of the lexicon (a new class needs its row)", () => {
    const classes = lexicon.map((entry) => entry.kind).filter((kind) => kind !== "card_cid");
    expect(Object.keys(FIELDS).sort()).toEqual([...new Set(classes)].sort());
  });
  test.each(lexicon.filter((entry) => entry.kind !== "card_cid").map((entry) => [entry.kind]))(
    "the lexicon has terms for %s in de, fr, es, it, nl, pt and pl",
    (kind) => {
      const entry = lexicon.find((candidate) => candidate.kind === kind)!;
      expect(Object.keys(entry.translations ?? {}).sort()).toEqual([...LANGUAGES].sort());
    },
  );
  for (const [kind, byLanguage] of Object.entries(FIELDS)) {
    describe(kind, () => {
      test.each(LANGUAGES.flatMap((language) => byLanguage[language].map((field) => [language, field])))(
        "%s: %s",
        (_language, field) => {
          expect(kinds(field)).toContain(kind);
        },
      );
    });
  }
});

describe("abbreviations and variants", () => {
  test.each([
    ["ccn", "card_pan"],
    ["cc_num", "card_pan"],
    ["ccNumber", "card_pan"],
    ["cardNo", "card_pan"],
    ["card_nr", "card_pan"],
    ["PAN", "card_pan"],
    ["cv2", "card_sad"],
    ["cvn", "card_sad"],
    ["cvc", "card_sad"],
    ["CVV2", "card_sad"],
    ["csc", "card_sad"],
    ["cardSecurityCode", "card_sad"],
    ["validThru", "card_expiry"],
    ["valid_through", "card_expiry"],
    ["exp", "card_expiry"],
    ["expMonth", "card_expiry"],
    ["exp_yy", "card_expiry"],
    ["dob", "dob"],
    ["DOB", "dob"],
    ["ssn", "national_id"],
    ["nino", "national_id"],
    ["NINumber", "national_id"],
    ["taxpayerId", "national_id"],
    ["tel_no", "phone"],
    ["acctNo", "bank_account"],
  ])("%s → %s", (field, kind) => {
    expect(kinds(field)).toContain(kind);
  });
  test("cid is the card security code only next to card data", () => {
    const elements = (...fields: string[]) => {
      const byKind = new Map<string, string[]>();
      for (const field of fields)
        for (const kind of kinds(field)) byKind.set(kind, [...(byKind.get(kind) ?? []), field]);
      return combineKinds(byKind).map((element) => element.element);
    };
    expect(elements("cid")).toEqual([]);
    expect(elements("cardNumber", "cid")).toContain("payment_card_sad");
    expect(elements("expiry", "cid")).toContain("payment_card_sad");
  });
});

describe("diacritics and separators", () => {
  test.each([
    ["Geburtsdatum", ["geburtsdatum"]],
    ["fecha_de_nacimiento", ["fecha", "de", "nacimiento"]],
    ["numéro_de_carte", ["numero", "de", "carte"]],
    ["numer-karty", ["numer", "karty"]],
    ["data di nascita", ["data", "di", "nascita"]],
    ["NúmeroDeTarjeta", ["numero", "de", "tarjeta"]],
    ["Straße", ["strasse"]],
    ["kodBezpieczeństwa", ["kod", "bezpieczenstwa"]],
    ["Złoty", ["zloty"]],
  ])("%s → %j", (field, tokens) => {
    expect(fieldTokens(field)).toEqual(tokens);
  });
  test("a policy term written with accents matches the field written without", () => {
    expect(kindsOfField("numero_de_fidelite", [{ kind: "account_id", terms: ["numéro de fidélité"] }])).toEqual([
      "account_id",
    ]);
  });
});

describe("no false positives", () => {
  test.each([
    ["expires_in", "card_expiry"],
    ["tokenExpiry", "card_expiry"],
    ["sessionExpiration", "card_expiry"],
    ["accessTokenExpiresAt", "card_expiry"],
    ["description", "card_pan"],
    ["description", "card_sad"],
    ["productDescription", "card_pan"],
    ["giftCardNumber", "card_pan"],
    ["loyalty_card_number", "card_pan"],
    ["simCardNumber", "card_pan"],
    ["ipAddress", "address"],
    ["adresse_ip", "address"],
    ["direccion_ip", "address"],
    ["emailAddress", "address"],
    ["ip-adresse", "address"],
    ["geopolitical", "special_category"],
    ["fileName", "name"],
    ["nom_utilisateur", "name"],
    ["mensaje_error", "free_text"],
    ["errorMessage", "free_text"],
    ["conversationId", "card_sad"],
    ["cid", "card_sad"],
  ])("%s is not %s", (field, kind) => {
    expect(kinds(field)).not.toContain(kind);
  });
});

describe("spellings meant to slip past the lexicon", () => {
  test.each([
    ["ｃａｒｄＮｕｍｂｅｒ", "card_pan"],
    ["сardNumber", "card_pan"],
    ["саrd_numbеr", "card_pan"],
    ["card\u200bNumber", "card_pan"],
    ["ﬁrstName", "name"],
    ["Ｇｅｂｕｒｔｓｄａｔｕｍ", "dob"],
    ["ΙΒΑΝ", "bank_account"],
  ])("%s → %s", (field, kind) => {
    expect(kinds(field)).toContain(kind);
  });
});
