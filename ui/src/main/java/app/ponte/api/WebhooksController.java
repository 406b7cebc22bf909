package app.ponte.api;

import app.ponte.program.ProgramId;
import app.ponte.webhooks.Delivery;
import app.ponte.webhooks.IssuedSecret;
import app.ponte.webhooks.WebhookAdministration;
import app.ponte.webhooks.WebhookEndpointView;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints, for administrators: register, list, rotate the secret, disable, enable, test, delivery log. */
@RestController
class WebhooksController {

    private final WebhookAdministration webhooks;

    WebhooksController(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * An endpoint to register: {@code programs} empty means every program; {@code personalData} allows contacts'
     * names, e-mail addresses and phone numbers in what is sent.
     */
    record NewEndpoint(String name, String url, List<String> eventTypes, List<ProgramId> programs,
            Boolean personalData) {}

    /**
     * Why the endpoint is disabled; shown beside it. A class, not a record: a one-string record is read as a bare
     * string by {@link ValueRecordsModule}, the form of ids.
     */
    static final class Disabling {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @GetMapping("/api/v1/webhooks")
    List<WebhookEndpointView> list() {
        return webhooks.list();
    }

    @GetMapping("/api/v1/webhooks/event-types")
    Set<String> eventTypes() {
        webhooks.list();
        return webhooks.eventTypes();
    }

    /** The secret is in this answer only. */
    @PostMapping("/api/v1/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedSecret register(@RequestBody NewEndpoint request) {
        if (request == null) {
            throw new MalformedBody("The body must be a JSON object with name, url and eventTypes");
        }
        return webhooks.register(request.name(), request.url(), request.eventTypes(), request.programs(),
                Boolean.TRUE.equals(request.personalData()));
    }

    @GetMapping("/api/v1/webhooks/{endpointId}")
    WebhookEndpointView get(@PathVariable String endpointId) {
        return webhooks.get(endpointId);
    }

    /** The new secret is in this answer only; the old one stops signing. */
    @PostMapping("/api/v1/webhooks/{endpointId}/rotate-secret")
    IssuedSecret rotate(@PathVariable String endpointId) {
        return webhooks.rotate(endpointId);
    }

    @PostMapping("/api/v1/webhooks/{endpointId}/disable")
    WebhookEndpointView disable(@PathVariable String endpointId,
            @RequestBody(required = false) Disabling request) {
        return webhooks.disable(endpointId, request == null ? null : request.getReason());
    }

    @PostMapping("/api/v1/webhooks/{endpointId}/enable")
    WebhookEndpointView enable(@PathVariable String endpointId) {
        return webhooks.enable(endpointId);
    }

    @PostMapping("/api/v1/webhooks/{endpointId}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery test(@PathVariable String endpointId) {
        return webhooks.sendTest(endpointId);
    }

    @GetMapping("/api/v1/webhooks/{endpointId}/deliveries")
    Page<Delivery> deliveries(@PathVariable String endpointId, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.fromProbe(webhooks.deliveries(endpointId, paging.offset(), paging.probe()));
    }
}
