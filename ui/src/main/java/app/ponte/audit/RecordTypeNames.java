package app.ponte.audit;

import com.vaadin.flow.component.Component;

/** Record types in the screen's language: the name in a list, and the phrase that points at one record. */
final class RecordTypeNames {

    private RecordTypeNames() {
    }

    static String name(RecordType type, Component on) {
        return on.getTranslation("audit.recordType." + type.name());
    }

    /** "this mission", "questa missione": Italian needs the article to agree with the noun. */
    static String thisOne(RecordType type, Component on) {
        return on.getTranslation("audit.thisRecord." + type.name());
    }
}
