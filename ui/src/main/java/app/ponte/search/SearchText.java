package app.ponte.search;

import com.vaadin.flow.component.Html;

/**
 * A title or fragment as the index highlighted it: its text is HTML-escaped by the highlighter, and only the
 * {@code <mark>} elements around matching words are markup.
 */
final class SearchText extends Html {

    SearchText(String highlighted) {
        super("<span class=\"search-text\">" + onlyMarks(highlighted) + "</span>");
    }

    /*
     * The highlighter escapes everything but its own marks; this keeps it so should any other markup ever reach
     * here, by escaping every tag that is not exactly <mark> or </mark>.
     */
    static String onlyMarks(String highlighted) {
        return highlighted.replace("<mark>", "\u0001").replace("</mark>", "\u0002").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\u0001", "<mark>").replace("\u0002", "</mark>");
    }
}
