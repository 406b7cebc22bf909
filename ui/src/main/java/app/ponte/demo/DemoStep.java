package app.ponte.demo;

import app.ponte.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One command of the demo scenario, the rejections that mean it was already done (by an earlier start), and the
 * steps to send only when this one was newly done. The latter is for commands that would record again rather than
 * refuse, such as attendance.
 */
record DemoStep(Object command, Set<Class<? extends DomainException>> doneWhen, List<DemoStep> thenIfNew) {

    DemoStep {
        doneWhen = Set.copyOf(doneWhen);
        thenIfNew = List.copyOf(thenIfNew);
    }

    @SafeVarargs
    static DemoStep send(Object command, Class<? extends DomainException>... doneWhen) {
        return new DemoStep(command, Set.of(doneWhen), List.of());
    }

    DemoStep then(DemoStep next) {
        var steps = new ArrayList<>(thenIfNew);
        steps.add(next);
        return new DemoStep(command, doneWhen, steps);
    }

    boolean meansDone(DomainException rejection) {
        return doneWhen.stream().anyMatch(done -> done.isInstance(rejection));
    }
}
