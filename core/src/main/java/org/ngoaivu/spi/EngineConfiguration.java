package org.ngoaivu.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.ngoaivu.engine.EvaluationBudget;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RuleSource;

/**
 * Everything a host configured on {@link org.ngoaivu.engine.ComplianceEngine.Builder}, handed to the
 * provider that builds the engine. Hosts never see it: it is the contract between the builder and an
 * engine implementation.
 *
 * @param parameters     parameter values, possibly dated
 * @param includeBundled whether the bundled rule base is loaded
 * @param ruleSources    the host's own rule packs, in the order added
 * @param policy         rules not to run and severity overrides
 * @param reloadListener when present, the engine watches its rule directories, reloads on change and tells
 *                       this listener
 * @param budget         what one evaluation may spend
 */
public record EngineConfiguration(
        ParameterSchedule parameters,
        boolean includeBundled,
        List<RuleSource> ruleSources,
        Policy policy,
        Optional<Consumer<ReloadResult>> reloadListener,
        EvaluationBudget budget) {

    /**
     * Checks that every part is present.
     *
     * @param parameters     the parameter values (tham số), possibly dated
     * @param includeBundled whether the rules shipped with the library are loaded
     * @param ruleSources    the host's own rule packs, in the order added
     * @param policy         rules not to run and severity overrides
     * @param reloadListener the listener told of each reload when the engine watches its rule directories;
     *                       empty for an engine that does not reload
     * @param budget         what one evaluation may spend before it is stopped
     */
    public EngineConfiguration {
        Objects.requireNonNull(parameters, "parameters");
        ruleSources = List.copyOf(ruleSources);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reloadListener, "reloadListener");
        Objects.requireNonNull(budget, "budget");
    }

    /**
     * The configuration of an engine the host did not configure.
     *
     * @return the bundled rules with default parameters, no policy, no reloading and the default budget
     */
    public static EngineConfiguration defaults() {
        return new EngineConfiguration(ParameterSchedule.defaults(), true, List.of(), Policy.none(), Optional.empty(),
                EvaluationBudget.DEFAULT);
    }
}
