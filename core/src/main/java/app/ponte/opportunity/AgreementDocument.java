package app.ponte.opportunity;

import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Ponte records about a signed agreement's file; the file itself is kept elsewhere and recognised by its
 * SHA-256 digest.
 */
public record AgreementDocument(
        String title, String fileName, String mediaType, long sizeBytes, String sha256, LocalDate signedOn) {

    /** The forms the API document states; both are checked after the value is lower-cased. */
    public static final String SHA256_FORM = "^[0-9A-Fa-f]{64}$";
    public static final String MEDIA_TYPE_FORM = "^[A-Za-z0-9][A-Za-z0-9.+\\-]*/[A-Za-z0-9][A-Za-z0-9.+\\-]*$";
    private static final Pattern HEX_64 = Pattern.compile(SHA256_FORM);
    private static final Pattern MEDIA_TYPE = Pattern.compile(MEDIA_TYPE_FORM);

    public AgreementDocument {
        title = Check.text("title", title, Check.TITLE_MAX);
        fileName = Check.text("fileName", fileName, 255);
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new InvalidField("fileName", "must be a file name without folders");
        }
        mediaType = Check.text("mediaType", mediaType, 127).toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidField("mediaType", "must be a media type such as application/pdf");
        }
        Check.positive("sizeBytes", sizeBytes);
        sha256 = Check.text("sha256", sha256, 64).toLowerCase(Locale.ROOT);
        if (!HEX_64.matcher(sha256).matches()) {
            throw new InvalidField("sha256", "must be 64 hexadecimal digits");
        }
        Check.present("signedOn", signedOn);
    }
}
