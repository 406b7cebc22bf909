package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void theDomainsOwnFailureComesOutOfEveryWrapper() {
        var refusal = new InvalidField("title", "must not be blank");
        assertThat(Futures.unwrap(new CompletionException(new ExecutionException(new CompletionException(refusal)))))
                .isSameAs(refusal);
        assertThat(Futures.unwrap(refusal)).isSameAs(refusal);
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(refusal))).isSameAs(refusal);
    }

    @Test
    void aCheckedFailureStaysWrapped() {
        var checked = new IOException("disk");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(checked)))
                .isInstanceOf(CompletionException.class)
                .hasCauseReference(checked);
    }

    @Test
    void anAnswerIsReturned() {
        assertThat(Futures.join(CompletableFuture.completedFuture("ok"))).isEqualTo("ok");
    }
}
