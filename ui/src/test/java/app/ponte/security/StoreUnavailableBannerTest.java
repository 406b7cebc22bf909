package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mongodb.MongoTimeoutException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A screen whose action fails for want of the store says so in a banner. */
class StoreUnavailableBannerTest {

    private final StoreUnavailableBanner handler = new StoreUnavailableBanner();

    @BeforeEach
    void open() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void anActionFailingForALostStoreShowsOneBanner() {
        var lost = new IllegalStateException("query failed",
                new MongoTimeoutException("Timed out while waiting for a server"));

        handler.error(new ErrorEvent(lost));
        handler.error(new ErrorEvent(lost));

        assertThat(banners()).hasSize(1);
    }

    @Test
    void anyOtherErrorShowsNoBanner() {
        handler.error(new ErrorEvent(new IllegalStateException("something else")));

        assertThat(banners()).isEmpty();
    }

    private static List<Component> banners() {
        MockVaadin.clientRoundtrip();
        return UI.getCurrent().getChildren().filter(Notification.class::isInstance)
                .filter(n -> n.getId().filter(StoreUnavailableBanner.BANNER_ID::equals).isPresent()).toList();
    }
}
