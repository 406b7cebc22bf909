package app.ponte.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import org.mockito.Mockito;

/**
 * Follows a download link of a browserless screen as the browser would: the handler its address is registered
 * under answers a request, and what it writes is returned.
 */
public final class Downloads {

    private Downloads() {
    }

    public static byte[] follow(Anchor link) throws Exception {
        assertThat(link.isAttached()).as("the link is on the screen").isTrue();
        String href = link.getHref();
        assertThat(href).as("the link has an address").isNotBlank();
        var session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(href))
                .orElseThrow(() -> new AssertionError("nothing is registered at " + href));
        var handler = (DownloadHandler) resource.getElementRequestHandler();
        var body = new ByteArrayOutputStream();
        var response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(body);
        handler.handleDownloadRequest(new DownloadEvent(Mockito.mock(VaadinRequest.class), response, session,
                resource.getOwner()));
        return body.toByteArray();
    }
}
