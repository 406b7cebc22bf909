package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Every write to the embedded file store is committed on its own chunk, and old chunks stay in the file while any
 * of their pages is live: a read model rewritten often used to leave the file many times the size of its data.
 */
class EmbeddedFileSizeTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentRewrittenThousandsOfTimesLeavesAFileNearTheSizeOfItsData() throws Exception {
        String padding = "an entry of a read model that grows and is written again on every event ".repeat(40);
        try (MongoStore store = MongoStore.open("", dataDir, "size")) {
            MongoCollection<Document> models = store.database().getCollection("models");
            for (int i = 0; i < 50; i++) {
                models.insertOne(new Document("_id", "other-" + i).append("text", padding));
            }
            models.insertOne(new Document("_id", "bucket").append("n", 0).append("text", padding));
            for (int i = 0; i < 3_000; i++) {
                models.updateOne(Filters.eq("_id", "bucket"), Updates.combine(Updates.set("n", i),
                        Updates.set("entry" + (i % 40), padding.substring(i % 100))));
            }
        }
        long written = Files.size(dataDir.resolve("ponte.mv"));
        try (MongoStore store = MongoStore.open("", dataDir, "size")) {
            Document bucket = store.database().getCollection("models").find(Filters.eq("_id", "bucket")).first();
            assertThat(bucket.getInteger("n")).as("the last write is there").isEqualTo(2_999);
            assertThat(store.database().getCollection("models").countDocuments()).isEqualTo(51);
        }
        long reopened = Files.size(dataDir.resolve("ponte.mv"));
        // About 51 documents of 3 kB to 120 kB, uncompressed: a few hundred kB of live data.
        assertThat(reopened).as("file size after reopening (%d bytes when first closed)", written)
                .isLessThan(2L << 20);
    }
}
