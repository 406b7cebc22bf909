package app.ponte.report;

/**
 * Who publishes the IATI file: {@code ref} is the reporting organisation's IATI organisation identifier, which also
 * begins every activity identifier; {@code type} its OrganisationType code; {@code name} its name, or null to name
 * each program's promoter.
 */
public record IatiPublisher(String ref, String type, String name) {

    /** Not a registered identifier: a publisher sets its own before publishing anything to the IATI registry. */
    public static final String DEFAULT_REF = "XX-PONTE";
    public static final String DEFAULT_TYPE = "10";

    public IatiPublisher {
        if (ref == null || ref.isBlank() || !ref.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("ponte.iati.reporting-org-ref must be an IATI organisation "
                    + "identifier such as XM-DAC-6-4 (letters, digits, '-', '.', '_'), not '" + ref + "'");
        }
        ref = ref.strip();
        if (type == null || !type.strip().matches("\\d{2}")) {
            throw new IllegalArgumentException("ponte.iati.reporting-org-type must be a two-digit IATI "
                    + "OrganisationType code such as 10 (government), not '" + type + "'");
        }
        type = type.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
