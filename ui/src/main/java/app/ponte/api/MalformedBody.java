package app.ponte.api;

/** The request body is not the JSON the endpoint reads. */
class MalformedBody extends RuntimeException {

    MalformedBody(String message) {
        super(message);
    }
}
