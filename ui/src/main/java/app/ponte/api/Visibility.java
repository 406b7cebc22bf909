package app.ponte.api;

import app.ponte.security.AccessDenied;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.Futures;
import java.util.function.Supplier;

/**
 * Reads of one record answer 404 alike whether the record does not exist or belongs to a program the caller is not
 * a member of: a different answer would tell an outsider that the id exists.
 */
final class Visibility {

    private Visibility() {
    }

    static <T> T orNotFound(String what, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException failure) {
            Throwable cause = Futures.unwrap(failure);
            if (cause instanceof AccessDenied || cause instanceof UnknownRecord) {
                throw notFound(what);
            }
            throw failure;
        }
    }

    static UnknownRecord notFound(String what) {
        return new UnknownRecord("There is no " + what);
    }
}
