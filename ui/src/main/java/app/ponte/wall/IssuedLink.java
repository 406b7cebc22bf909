package app.ponte.wall;

/** A link just created, with its token: the only moment the token exists outside the screen that uses it. */
public record IssuedLink(DisplayLink link, String token) {

    public String path() {
        return "display/" + token;
    }

    @Override
    public String toString() {
        // Records print every component; the token opens the screen and must never reach a log.
        return "IssuedLink[" + link + "]";
    }
}
