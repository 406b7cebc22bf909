package app.ponte.mission;

import app.ponte.shared.DomainException;

/** A command that a mission refuses because of what is already true of it; the message is meant for the officer. */
public abstract class MissionRejection extends DomainException {

    protected MissionRejection(String message) {
        super(message);
    }
}
