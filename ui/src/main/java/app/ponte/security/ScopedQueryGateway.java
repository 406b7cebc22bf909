package app.ponte.security;

import app.ponte.audit.ListAuditEntries;
import app.ponte.audit.ShowAgendaAsOf;
import app.ponte.audit.ShowChainStatus;
import app.ponte.audit.ShowProgramDashboardAsOf;
import app.ponte.audit.ShowRecordAsOf;
import app.ponte.audit.ShowRecordHistory;
import app.ponte.audit.VerifyHashChain;
import app.ponte.program.ProgramId;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * The query gateway every view, facade and API endpoint uses: it checks the caller against the programs a query
 * names (a program, a mission, an engagement… or a listing's {@code programs} scope) and removes from every answer,
 * initial or live update, the entries of programs the caller is not a member of, including the entries of lists
 * inside one answer (an organization's 360° view spans programs). The caller is taken when the query is sent, so
 * live updates delivered later on other threads are filtered for the same person.
 * <p>
 * A query sent where there is no caller at all (a thread outside any request or UI session: a pool thread, a timer,
 * a stream completed elsewhere) is refused rather than answered unscoped. Code that really works for no one, such as
 * a wall screen scoped by its display link, asks the query bus itself.
 */
public class ScopedQueryGateway implements QueryGateway {

    /** A full verify reads and hashes every stored event: on demand, it is the administrators' call alone. */
    static final Set<Class<?>> ADMINISTRATORS_ONLY = Set.of(VerifyHashChain.class);

    /** The audit record, past states included: for the roles that audit, whatever screen or endpoint asks. */
    static final Set<Class<?>> AUDITORS_ONLY = Set.of(ListAuditEntries.class, ShowRecordHistory.class,
            ShowRecordAsOf.class, ShowAgendaAsOf.class, ShowProgramDashboardAsOf.class, ShowChainStatus.class);

    private final QueryGateway delegate;
    private final CurrentCaller callers;
    private final ProgramScopes scopes;

    public ScopedQueryGateway(QueryGateway delegate, CurrentCaller callers, ProgramScopes scopes) {
        this.delegate = delegate;
        this.callers = callers;
        this.scopes = scopes;
    }

    @Override
    public <R, Q> CompletableFuture<R> query(String queryName, Q query,
            ResponseType<R> responseType) {
        var caller = callerOf(query);
        check(caller, query);
        return delegate.query(queryName, query, responseType).thenApply(answer -> visible(caller, answer));
    }

    @Override
    public <R, Q> Publisher<R> streamingQuery(String queryName, Q query, Class<R> responseType) {
        var caller = callerOf(query);
        check(caller, query);
        return Flux.from(delegate.streamingQuery(queryName, query, responseType))
                .filter(entry -> maySee(caller, entry))
                .map(entry -> withoutOtherPrograms(caller, entry));
    }

    @Override
    public <R, Q> Stream<R> scatterGather(String queryName, Q query,
            ResponseType<R> responseType, long timeout, TimeUnit timeUnit) {
        var caller = callerOf(query);
        check(caller, query);
        return delegate.scatterGather(queryName, query, responseType, timeout, timeUnit)
                .map(answer -> visible(caller, answer));
    }

    @Override
    @SuppressWarnings("deprecation")
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
            ResponseType<I> initialResponseType, ResponseType<U> updateResponseType,
            SubscriptionQueryBackpressure backpressure, int updateBufferSize) {
        var caller = callerOf(query);
        check(caller, query);
        return scoped(caller, delegate.subscriptionQuery(queryName, query, initialResponseType, updateResponseType,
                backpressure, updateBufferSize));
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
            ResponseType<I> initialResponseType, ResponseType<U> updateResponseType,
            int updateBufferSize) {
        var caller = callerOf(query);
        check(caller, query);
        return scoped(caller, delegate.subscriptionQuery(queryName, query, initialResponseType, updateResponseType,
                updateBufferSize));
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super QueryMessage<?, ?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    private <I, U> SubscriptionQueryResult<I, U> scoped(Caller caller, SubscriptionQueryResult<I, U> result) {
        return new DefaultSubscriptionQueryResult<>(
                result.initialResult().map(initial -> visible(caller, initial)),
                result.updates().filter(update -> maySee(caller, update))
                        .map(update -> withoutOtherPrograms(caller, update)),
                result::cancel);
    }

    private Caller callerOf(Object query) {
        return callers.current().orElseThrow(() -> new AccessDenied("Nobody is signed in where "
                + query.getClass().getSimpleName() + " was sent, so it is refused rather than answered unscoped"));
    }

    /**
     * Throws {@link AccessDenied} when the query is an administrator's and the caller is not one, or names a program,
     * or a listing scope, outside the caller's.
     */
    public void check(Caller caller, Object query) {
        if (ADMINISTRATORS_ONLY.contains(query.getClass()) && caller.role() != Role.ADMINISTRATOR) {
            throw new AccessDenied("Only an administrator may " + query.getClass().getSimpleName()
                    + "; your role is " + caller.role());
        }
        if (AUDITORS_ONLY.contains(query.getClass()) && !caller.role().audits()) {
            throw new AccessDenied("Only administrators and cluster managers may " + query.getClass().getSimpleName()
                    + "; your role is " + caller.role());
        }
        if (caller.everyProgram()) {
            return;
        }
        var scope = scopes.of(query);
        if (!scope.programs().stream().allMatch(caller::mayAccess)
                || !scope.scope().stream().allMatch(caller::mayAccess)) {
            throw new AccessDenied("You are not a member of the program " + query.getClass().getSimpleName()
                    + " asks about");
        }
        if (scope.programs().isEmpty() && scope.unresolved() > 0) {
            throw new UnknownRecord("The record " + query.getClass().getSimpleName() + " asks about does not exist");
        }
    }

    @SuppressWarnings("unchecked")
    private <R> R visible(Caller caller, R answer) {
        if (caller.everyProgram() || answer == null) {
            return answer;
        }
        if (answer instanceof Collection<?> entries) {
            var kept = entries.stream().filter(entry -> maySee(caller, entry))
                    .map(entry -> withoutOtherPrograms(caller, entry)).toList();
            return (R) (answer instanceof Set<?> ? Set.copyOf(kept) : kept);
        }
        if (answer instanceof Optional<?> maybe) {
            return (R) maybe.filter(entry -> maySee(caller, entry)).map(entry -> withoutOtherPrograms(caller, entry));
        }
        if (!maySee(caller, answer)) {
            throw new AccessDenied("You are not a member of the program this record belongs to");
        }
        return withoutOtherPrograms(caller, answer);
    }

    /*
     * One answer can gather entries from several programs in its lists (an organization's engagements, outcomes
     * and opportunities; the agenda as of a moment). Each entry is kept only when its program is known and the
     * caller's (an entry about no program, such as an organization, is shared); the answer is rebuilt through its
     * canonical constructor when any was removed. An entry whose program cannot be told is dropped: fail closed.
     */
    @SuppressWarnings("unchecked")
    private <R> R withoutOtherPrograms(Caller caller, R answer) {
        if (caller.everyProgram() || answer == null) {
            return answer;
        }
        Class<?> type = answer.getClass();
        if (!type.isRecord() || !type.getPackageName().startsWith("app.ponte")) {
            return answer;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean trimmed = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = ProgramScopes.read(components[i], answer);
            if (values[i] instanceof List<?> entries) {
                var kept = entries.stream().filter(entry -> maySee(caller, entry)).toList();
                if (kept.size() < entries.size()) {
                    values[i] = kept;
                    trimmed = true;
                }
            }
        }
        if (!trimmed) {
            return answer;
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return (R) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getSimpleName() + " without other programs", e);
        }
    }

    private boolean maySee(Caller caller, Object entry) {
        if (caller.everyProgram() || entry == null) {
            return true;
        }
        var scope = scopes.ofResult(entry);
        return scope.programs().stream().allMatch(caller::mayAccess)
                && !(scope.programs().isEmpty() && scope.unresolved() > 0);
    }
}
