package app.ponte.api;

/** The request body is sent as a media type the endpoint does not read; answered 415. */
class UnsupportedMediaType extends RuntimeException {

    UnsupportedMediaType(String message) {
        super(message);
    }
}
