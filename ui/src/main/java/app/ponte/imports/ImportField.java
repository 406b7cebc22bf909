package app.ponte.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A field a column can be mapped to, with the headers (English and Italian, folded) that suggest it. The first
 * synonym that equals a header wins; a header that only contains a synonym is taken when no header equals one.
 */
public enum ImportField {
    NAME(ImportKind.ORGANIZATIONS, "name", "organization name", "organisation name", "company", "company name",
            "legal name", "nome", "ragione sociale", "denominazione", "nome organizzazione", "nome ente", "azienda"),
    NATIVE_NAME(ImportKind.ORGANIZATIONS, "native name", "name in native script", "local name", "chinese name",
            "original name", "nome originale", "nome nativo", "nome locale", "nome in lingua originale",
            "nome cinese"),
    TYPE(ImportKind.ORGANIZATIONS, "type", "kind", "category", "organization type", "tipo", "tipologia", "categoria",
            "tipo ente"),
    COUNTRY(ImportKind.ORGANIZATIONS, "country", "country code", "nation", "paese", "nazione", "stato", "nazionalita"),
    CITY(ImportKind.ORGANIZATIONS, "city", "town", "location", "citta", "comune", "localita", "sede"),
    WEBSITE(ImportKind.ORGANIZATIONS, "website", "web site", "web", "url", "homepage", "home page", "site",
            "sito web", "sito", "sito internet"),
    FULL_NAME(ImportKind.CONTACTS, "full name", "name", "contact", "contact name", "person", "nome e cognome",
            "nominativo", "nome", "referente", "contatto"),
    EMAIL(ImportKind.CONTACTS, "email", "e-mail", "e mail", "mail", "email address", "e-mail address",
            "indirizzo email", "indirizzo e-mail", "posta elettronica"),
    PHONE(ImportKind.CONTACTS, "phone", "telephone", "phone number", "mobile", "tel", "telefono", "cellulare",
            "numero di telefono"),
    ORGANIZATION(ImportKind.CONTACTS, "organization", "organisation", "company", "employer", "institution",
            "organizzazione", "ente", "azienda", "societa", "istituzione", "ragione sociale"),
    ROLE_TITLE(ImportKind.CONTACTS, "role", "title", "job title", "position", "function", "ruolo", "qualifica",
            "funzione", "incarico", "posizione");

    private final ImportKind kind;
    private final List<String> synonyms;

    ImportField(ImportKind kind, String... synonyms) {
        this.kind = kind;
        this.synonyms = List.of(synonyms);
    }

    public ImportKind kind() {
        return kind;
    }

    List<String> synonyms() {
        return synonyms;
    }

    /** The name the API and the mapping use, such as {@code nativeName}. */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    /** A header as compared with the synonyms: lower case, without accents, punctuation as single spaces. */
    static String foldHeader(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
    }
}
