package app.ponte.report;

import app.ponte.report.ReportDocument.Bar;
import app.ponte.report.ReportDocument.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a report's bar chart with Java2D into a PNG, headless: per label a target bar and an actual bar on a common
 * scale, with the figures written above them. The labels use the report font when it can be loaded as a single font
 * (a .ttf), else the JDK's logical sans-serif font.
 */
final class BarChart {

    static final int WIDTH = 1600;
    private static final int ROW = 70;
    private static final int TOP = 90;
    private static final int LABEL_WIDTH = 560;
    private static final Color TARGET = new Color(0x9AA9BC);
    private static final Color ACTUAL = new Color(0x1F5FA8);

    private BarChart() {
    }

    static int height(Chart chart) {
        return TOP + chart.bars().size() * ROW + 40;
    }

    static byte[] png(Chart chart, File fontFile) {
        System.setProperty("java.awt.headless", "true");
        int height = height(chart);
        var image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            Font base = font(fontFile);
            g.setFont(base.deriveFont(Font.BOLD, 30f));
            g.setColor(Color.BLACK);
            g.drawString(chart.caption(), 20, 40);
            g.setFont(base.deriveFont(24f));
            legend(g, chart);

            long max = chart.bars().stream().mapToLong(bar -> Math.max(bar.target(), bar.actual())).max().orElse(1);
            int plot = WIDTH - LABEL_WIDTH - 120;
            int y = TOP;
            for (Bar bar : chart.bars()) {
                g.setColor(Color.BLACK);
                g.drawString(fit(g, bar.label(), LABEL_WIDTH - 30), 20, y + 40);
                bar(g, LABEL_WIDTH, y + 8, length(bar.target(), max, plot), TARGET, bar.target());
                bar(g, LABEL_WIDTH, y + 36, length(bar.actual(), max, plot), ACTUAL, bar.actual());
                y += ROW;
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(LABEL_WIDTH, TOP, LABEL_WIDTH, y);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Drawing the chart failed", e);
        }
        return out.toByteArray();
    }

    private static void legend(Graphics2D g, Chart chart) {
        int x = LABEL_WIDTH;
        g.setColor(TARGET);
        g.fillRect(x, 55, 24, 18);
        g.setColor(Color.BLACK);
        g.drawString(chart.targetLabel(), x + 32, 72);
        x += 60 + g.getFontMetrics().stringWidth(chart.targetLabel());
        g.setColor(ACTUAL);
        g.fillRect(x, 55, 24, 18);
        g.setColor(Color.BLACK);
        g.drawString(chart.actualLabel(), x + 32, 72);
    }

    private static void bar(Graphics2D g, int x, int y, int length, Color color, long value) {
        g.setColor(color);
        g.fillRect(x, y, Math.max(length, 2), 24);
        g.setColor(Color.BLACK);
        g.drawString(Long.toString(value), x + Math.max(length, 2) + 10, y + 21);
    }

    private static int length(long value, long max, int plot) {
        return max <= 0 ? 0 : (int) Math.round((double) value / max * plot);
    }

    private static String fit(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && g.getFontMetrics().stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Font font(File file) {
        if (file != null && file.isFile()) {
            try {
                // createFonts reads a .ttc collection as well as a single .ttf.
                return Font.createFonts(file)[0];
            } catch (FontFormatException | IOException e) {
                // The logical font below still draws every Latin label.
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
