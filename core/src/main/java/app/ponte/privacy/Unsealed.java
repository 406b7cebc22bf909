package app.ponte.privacy;

import java.util.Objects;

/**
 * What opening a sealed value found: the plaintext, that it was erased (its key destroyed), or that it was tampered
 * with (its key exists but it fails authentication). A reader shows each differently; tampering is never "erased".
 */
public record Unsealed(State state, String text) {

    public enum State { OPEN, ERASED, TAMPERED }

    public Unsealed {
        Objects.requireNonNull(state, "state");
        if ((state == State.OPEN) != (text != null)) {
            throw new IllegalArgumentException("Only an open value has a text");
        }
    }

    public static Unsealed open(String text) {
        return new Unsealed(State.OPEN, text);
    }

    public static Unsealed erased() {
        return new Unsealed(State.ERASED, null);
    }

    public static Unsealed tampered() {
        return new Unsealed(State.TAMPERED, null);
    }

    public boolean isTampered() {
        return state == State.TAMPERED;
    }

    @Override
    public String toString() {
        // The text is personal data; logs get the state only.
        return "Unsealed[" + state + "]";
    }
}
