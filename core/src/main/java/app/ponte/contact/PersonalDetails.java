package app.ponte.contact;

import app.ponte.shared.Check;

/** A contact's personal data in plain text; it exists only in commands and is sealed before any event is applied. */
public record PersonalDetails(String fullName, String email, String phone) {

    public PersonalDetails {
        fullName = Check.text("fullName", fullName, Check.NAME_MAX);
        email = Check.optionalEmail("email", email);
        phone = Check.optionalPhone("phone", phone);
    }

    @Override
    public String toString() {
        // Commands get logged on failure; personal data must not reach the logs.
        return "PersonalDetails[redacted]";
    }
}
