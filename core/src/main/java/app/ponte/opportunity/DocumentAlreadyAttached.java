package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class DocumentAlreadyAttached extends DomainException {

    public DocumentAlreadyAttached(String fileName) {
        super("The document \"" + fileName + "\" (same content) is already attached to this opportunity.");
    }
}
