package org.baoku.issuefile.parse.article;

import java.nio.file.Path;
import java.util.Optional;

/** Finds the delivery descriptor that applies to an article file. Implementations must be thread-safe. */
@FunctionalInterface
public interface DescriptorLookup {

    /** @return the descriptor for the file at {@code articleFile}, or empty when its delivery has none */
    Optional<DeliveryDescriptor> find(Path articleFile);

    /** For content parsed without a delivery around it. */
    static DescriptorLookup none() {
        return file -> Optional.empty();
    }
}
