package app.ponte.api;

import app.ponte.calendar.CalendarFeeds;
import app.ponte.calendar.CalendarLink;
import app.ponte.calendar.CalendarLinks;
import app.ponte.calendar.IcsCalendar;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.ActingAs;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Calendars (RFC 5545) of what the caller may see, and the caller's personal calendar link. Every calendar carries an
 * entity tag and a last-modified time taken from its inputs (the caller's role and programs, the change counters of
 * the agendas and of the directory), so a conditional GET of an unchanged calendar is answered 304 without building
 * it. The feed behind a personal link needs no token: its own
 * token is the key, and it acts for the link's owner as they are at the moment of the poll.
 */
@RestController
class CalendarsController {

    static final MediaType CALENDAR = MediaType.parseMediaType(IcsCalendar.MEDIA_TYPE + ";charset=UTF-8");

    private final CalendarFeeds feeds;
    private final CalendarLinks links;
    private final CurrentCaller callers;
    private final ActingAs acting;
    private final String publicBaseUrl;

    CalendarsController(CalendarFeeds feeds, CalendarLinks links, CurrentCaller callers, ActingAs acting,
            @Value("${ponte.public-base-url:}") String publicBaseUrl) {
        this.feeds = feeds;
        this.links = links;
        this.callers = callers;
        this.acting = acting;
        this.publicBaseUrl = publicBaseUrl.strip();
    }

    /** The caller's calendar link: never its token, which was shown once, but when it was made and last polled. */
    record CalendarLinkInfo(String linkId, Instant createdAt, Instant lastUsedAt) {

        static CalendarLinkInfo of(CalendarLink link) {
            return new CalendarLinkInfo(link.linkId(), link.createdAt(), link.lastUsedAt().orElse(null));
        }
    }

    /** A link just created: the address to give a calendar app, in this answer only. */
    record NewCalendarLink(String linkId, Instant createdAt, String url) {}

    @GetMapping("/api/v1/missions/{missionId}/calendar.ics")
    ResponseEntity<byte[]> mission(@PathVariable MissionId missionId, NativeWebRequest request) {
        return answer(request, Visibility.orNotFound("mission " + missionId, () -> feeds.missionCalendar(missionId))
                .orElseThrow(() -> Visibility.notFound("mission " + missionId)), ContentDisposition.attachment());
    }

    @GetMapping("/api/v1/programs/{programId}/calendar.ics")
    ResponseEntity<byte[]> program(@PathVariable ProgramId programId, NativeWebRequest request) {
        return answer(request, Visibility.orNotFound("program " + programId, () -> feeds.programCalendar(programId))
                .orElseThrow(() -> Visibility.notFound("program " + programId)), ContentDisposition.attachment());
    }

    @GetMapping("/api/v1/me/calendar.ics")
    ResponseEntity<byte[]> mine(NativeWebRequest request) {
        return answer(request, feeds.mineCalendar(), ContentDisposition.attachment());
    }

    @GetMapping("/api/v1/calendar-feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, NativeWebRequest request) {
        return answer(request, feeds.feedCalendar(token)
                .orElseThrow(() -> Visibility.notFound("calendar link with this token")), ContentDisposition.inline());
    }

    @GetMapping("/api/v1/me/calendar-link")
    CalendarLinkInfo link() {
        return links.activeOf(caller().userId()).map(CalendarLinkInfo::of)
                .orElseThrow(() -> Visibility.notFound("calendar link of yours"));
    }

    /** Replaces the caller's link with a new one; the address is in this answer only. */
    @PostMapping("/api/v1/me/calendar-link")
    @ResponseStatus(HttpStatus.CREATED)
    NewCalendarLink createLink() {
        var caller = caller();
        // The link acts with all of its owner's programs, so a token narrower than its user may not make one.
        Optional<Caller> owner = acting.caller(caller.userId());
        if (owner.isEmpty() || owner.get().role() != caller.role() || owner.get().everyProgram() != caller.everyProgram()
                || !owner.get().programs().equals(caller.programs())) {
            throw new AccessDenied("A calendar link shows everything its owner may see; create it with a token of "
                    + "your full role and programs, or on the Calendar link screen");
        }
        var issued = links.create(caller.userId());
        return new NewCalendarLink(issued.link().linkId(), issued.link().createdAt(), base() + issued.path());
    }

    @DeleteMapping("/api/v1/me/calendar-link")
    ResponseEntity<Void> revokeLink() {
        links.revokeAll(caller().userId());
        return ResponseEntity.noContent().build();
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
    }

    private String base() {
        return publicBaseUrl.isBlank() ? "/" : publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    }

    /*
     * The validators are known before the calendar is built, so an unchanged one is answered 304 from them alone:
     * no agenda, no directory and no text. Calendar apps and browsers keep the copy but ask again each time,
     * conditionally.
     */
    private static ResponseEntity<byte[]> answer(NativeWebRequest request, CalendarFeeds.Conditional conditional,
            ContentDisposition.Builder disposition) {
        var version = conditional.version();
        var cacheControl = CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(version.etag(),
                version.lastModified().map(Instant::toEpochMilli).orElse(-1L))) {
            var response = request.getNativeResponse(HttpServletResponse.class);
            if (response != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
            }
            return null;
        }
        var calendar = conditional.calendar().get();
        var answer = ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(calendar.fileName()).build().toString())
                .cacheControl(cacheControl)
                .eTag(calendar.etag());
        calendar.lastModified().ifPresent(answer::lastModified);
        return answer.body(calendar.bytes());
    }
}
