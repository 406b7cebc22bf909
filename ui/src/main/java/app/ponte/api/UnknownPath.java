package app.ponte.api;

import app.ponte.security.UnknownRecord;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Answers paths under the API that match no endpoint, which would otherwise reach the Vaadin UI. */
@RestController
class UnknownPath {

    @RequestMapping("/api/**")
    void none() {
        throw new UnknownRecord("There is no such API endpoint; see /api/v1/openapi.json");
    }
}
