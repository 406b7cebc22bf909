package app.ponte.report;

import java.io.File;

/**
 * The font embedded in PDF reports. It must carry Chinese glyphs, since counterparts' names keep their native script
 * (复旦大学); the PDF's standard fonts have none and would print boxes. {@code bin/test} installs Debian's
 * {@code fonts-wqy-microhei}; {@code ponte.report.font} points elsewhere (a .ttf, or a .ttc collection).
 */
public record ReportFont(File file) {

    public static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /** The family name the report's style sheet asks for; every font in the file is registered under it. */
    static final String FAMILY = "Ponte Report";

    /** Refuses, naming the file and how to install it, when the font is not there: a report needs it. */
    public File require() {
        if (!file.isFile() || !file.canRead()) {
            throw new ReportFontMissing(file);
        }
        return file;
    }

    /** No PDF report can be written without its font. */
    public static final class ReportFontMissing extends IllegalStateException {

        ReportFontMissing(File file) {
            super("The font for PDF reports, " + file + ", is missing or unreadable: install Debian's "
                    + "fonts-wqy-microhei (bin/test does) or set ponte.report.font to a TTF or TTC font with "
                    + "Chinese glyphs");
        }
    }
}
