package app.ponte.meetings;

import app.ponte.mission.EngagementKind;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** What the form holds while an officer types: mutable, because the Binder writes it field by field. */
final class MeetingDraft {

    private EngagementKind kind = EngagementKind.MEETING;
    private String title = "";
    private String venue = "";
    private LocalDateTime start;
    private LocalDateTime end;
    private String themes = "";

    EngagementKind getKind() {
        return kind;
    }

    void setKind(EngagementKind kind) {
        this.kind = kind;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getVenue() {
        return venue;
    }

    void setVenue(String venue) {
        this.venue = venue;
    }

    LocalDateTime getStart() {
        return start;
    }

    void setStart(LocalDateTime start) {
        this.start = start;
    }

    LocalDateTime getEnd() {
        return end;
    }

    void setEnd(LocalDateTime end) {
        this.end = end;
    }

    String getThemes() {
        return themes;
    }

    void setThemes(String themes) {
        this.themes = themes;
    }

    List<String> themeList() {
        return Arrays.stream(themes == null ? new String[0] : themes.split(","))
                .map(String::strip)
                .filter(theme -> !theme.isEmpty())
                .toList();
    }
}
