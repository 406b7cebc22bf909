package app.ponte.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's content, independent of its format: a title, a subtitle and blocks in reading order. Both the PDF and
 * the DOCX writers render exactly this, so the two formats cannot say different things.
 */
public record ReportDocument(String language, String title, String subtitle, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph, Table, Chart {}

    /** {@code level} 1 for a section, 2 for a subsection (a day of the agenda, an engagement). */
    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    public record Table(List<String> header, List<List<String>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A bar chart of target against actual, one pair of bars per label; the writers draw it (the PDF as an image
     * rendered with Java2D), and the figures it shows are in a table beside it as text.
     */
    public record Chart(String caption, String targetLabel, String actualLabel, List<Bar> bars) implements Block {

        public Chart {
            bars = List.copyOf(bars);
        }
    }

    public record Bar(String label, long target, long actual) {}

    /** Collects blocks in order. */
    static final class Builder {

        private final List<Block> blocks = new ArrayList<>();

        Builder heading(int level, String text) {
            blocks.add(new Heading(level, text));
            return this;
        }

        Builder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Paragraph(text));
            }
            return this;
        }

        Builder table(List<String> header, List<List<String>> rows) {
            if (!rows.isEmpty()) {
                blocks.add(new Table(header, rows));
            }
            return this;
        }

        Builder chart(Chart chart) {
            if (!chart.bars().isEmpty()) {
                blocks.add(chart);
            }
            return this;
        }

        List<Block> blocks() {
            return blocks;
        }
    }
}
