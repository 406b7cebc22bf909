package app.ponte.privilege;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a new display link; {@code program} null for every program, {@code expiresAt} null for never. */
public record CreateDisplayLink(@TargetAggregateIdentifier DisplayLinkId linkId, String name, ProgramId program,
        Instant expiresAt, long rotationSeconds) {

    public CreateDisplayLink {
        Check.present("linkId", linkId);
        name = Check.text("name", name, Check.NAME_MAX);
        rotationSeconds = Check.positive("rotationSeconds", rotationSeconds);
    }
}
