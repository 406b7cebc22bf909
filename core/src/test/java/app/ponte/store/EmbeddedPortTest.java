package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on a port of the operator's choosing, on the loopback interface only, readable by another
 * MongoDB client: Debian's pymongo, in a separate process, counts what Ponte wrote.
 */
class EmbeddedPortTest {

    @TempDir
    Path data;

    @Test
    void pymongoReadsTheEmbeddedStoreOnTheConfiguredPort() throws Exception {
        int port = freePort();
        try (MongoStore store = MongoStore.open("", data, "ponte", Duration.ofSeconds(3), port)) {
            assertThat(store.embeddedConnectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
            var things = new ArrayList<Document>();
            for (int i = 0; i < 17; i++) {
                things.add(new Document("_id", i).append("name", "nome " + i));
            }
            store.database().getCollection("things").insertMany(things);

            var python = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                    "import sys, pymongo",
                    "client = pymongo.MongoClient(sys.argv[1], serverSelectionTimeoutMS=5000)",
                    "print(client['ponte']['things'].count_documents({}))"),
                    "mongodb://127.0.0.1:" + port + "/").redirectErrorStream(true).start();
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(python.exitValue()).as(out).isZero();
            assertThat(out).isEqualTo("17");
        }
    }

    @Test
    void theEmbeddedStoreIsNotReachableOnAnyOtherInterface() throws Exception {
        int port = freePort();
        try (MongoStore store = MongoStore.open("", data, "ponte", Duration.ofSeconds(3), port)) {
            List<InetAddress> others = new ArrayList<>();
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                        .forEach(others::add);
            }
            for (InetAddress other : others) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(other, port), 2000);
                    }
                }).as(other.toString()).isInstanceOf(IOException.class);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                assertThat(socket.isConnected()).isTrue();
            }
        }
    }

    @Test
    void aPortInUseIsRefusedNamingTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> MongoStore.open("", data, "ponte", Duration.ofSeconds(3), taken.getLocalPort()))
                    .hasMessageContaining("PONTE_EMBEDDED_PORT").hasMessageContaining("" + taken.getLocalPort());
        }
        assertThatThrownBy(() -> MongoStore.open("", data, "ponte", Duration.ofSeconds(3), 70000))
                .hasMessageContaining("ponte.embedded.port");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
