package app.ponte.config;

import app.ponte.contact.PersonalDataVault;
import app.ponte.search.SearchIndex;
import app.ponte.search.SearchIndexer;
import app.ponte.search.SearchQueryHandler;
import app.ponte.search.SearchTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index of this instance and the tracker that keeps it. The index lives on local disk: in the data
 * folder ({@code search/}) with the embedded store, in {@code ponte.search.dir} (default {@code ./search-index})
 * with a MongoDB deployment, since every instance keeps an index of its own.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${ponte.search.dir:}") String configured,
            @Value("${ponte.mongodb.uri:}") String uri, @Value("${ponte.data-dir:./data}") Path dataDir) {
        Path folder = !configured.isBlank() ? Path.of(configured)
                : uri.isBlank() ? dataDir.resolve("search") : Path.of("search-index");
        try {
            Files.createDirectories(folder);
            var index = new SearchIndex(FSDirectory.open(folder));
            log.info("Search index in {} ({}).", folder.toAbsolutePath(), index.position().isPresent()
                    ? "resuming after event " + index.position().getAsLong() : "to be built from the first event");
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder.toAbsolutePath(), e);
        }
    }

    @Bean(destroyMethod = "close")
    SearchTracker searchTracker(SearchIndex index, PromptEventSource source, PersonalDataVault vault) {
        return new SearchTracker(source, index, new SearchIndexer(index, vault)).start();
    }

    @Bean
    SearchQueryHandler searchQueryHandler(SearchIndex index) {
        return new SearchQueryHandler(index);
    }
}
