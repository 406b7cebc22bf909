package app.ponte.mission;

/** A command that a mission refuses because of what is already true of it; the message is meant for the officer. */
public abstract class MissionRejection extends RuntimeException {

    protected MissionRejection(String message) {
        super(message);
    }
}
