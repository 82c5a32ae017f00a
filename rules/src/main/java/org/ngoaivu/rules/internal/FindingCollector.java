package org.ngoaivu.rules.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.rules.api.Findings;
import org.ngoaivu.rules.api.Subjects;

/**
 * The {@code findings} global of one session. It listens to the agenda so that it knows which rule is
 * firing, and builds each finding from that rule's metadata and templates: rule bodies never name their
 * own id, severity, source or message text. One collector serves one evaluation, on one thread.
 */
final class FindingCollector extends DefaultAgendaEventListener implements Findings {
    private final RuleBase ruleBase;
    private final Parameters parameters;
    private final Subjects subjects;
    private final Consumer<Finding> sink;
    /** Each rule's parameter values, the same for all its findings in one evaluation. */
    private final Map<RuleMeta, RuleParameters> parametersOf = new IdentityHashMap<>();
    /** Each rule's templates by variant ({@code ""} for none), looked up once per evaluation. */
    private final Map<RuleMeta, Map<String, Templates>> templatesOf = new IdentityHashMap<>();
    /** Where messages are put together; one collector builds one finding at a time. */
    private final StringBuilder scratch = new StringBuilder(512);
    private RuleMeta firing;

    /**
     * The parameter values one rule reads.
     *
     * @param exported  as findings record them
     * @param values    as messages show them
     * @param validFrom the day each dated value took effect
     */
    private record RuleParameters(Map<String, Object> exported, Map<String, Object> values,
                                  Map<String, LocalDate> validFrom) {
    }

    /** The Vietnamese and English templates of one rule and variant. */
    private record Templates(Messages.Template vi, Messages.Template en) {
    }

    /** A collector that hands each finding to {@code sink} as soon as it is made. */
    FindingCollector(RuleBase ruleBase, Parameters parameters, Subjects subjects, Consumer<Finding> sink) {
        this.ruleBase = ruleBase;
        this.parameters = parameters;
        this.subjects = subjects;
        this.sink = sink;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = ruleBase.meta(event.getMatch().getRule());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    /**
     * Names the rule whose findings the next drafts report, where no session fires it: the tests' plain-Java
     * reference evaluator builds its findings through a collector, so that it renders them as the rules do and
     * the benchmark compares equal work.
     */
    void firing(RuleMeta rule) {
        firing = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public Draft about(Object fact) {
        Subject subject = subjects.of(fact);
        if (fact instanceof CoordinationAgreement agreement) {
            subject = named(subject, agreement.partner());
        }
        return new DraftImpl(subject, word -> subjects.wordAbout(fact, word));
    }

    @Override
    public Draft aboutPartner(CoordinationPartner partner) {
        return new DraftImpl(named(Subjects.partner(partner), partner), word -> word.equals("partner") ? partner : null);
    }

    @Override
    public Draft aboutLeader(String provinceId, String name) {
        return new DraftImpl(subjects.leader(provinceId, name), word -> subjects.wordAboutPerson(provinceId, name, word));
    }

    @Override
    public Draft about(Subject subject) {
        return new DraftImpl(Objects.requireNonNull(subject, "subject"), word -> null);
    }

    /** A partner's subject reads as the partner's Vietnamese name, the language of the officials who read it. */
    private Subject named(Subject subject, CoordinationPartner partner) {
        return Subject.of(subject.type(), subject.id(),
                Optional.of(ruleBase.messages().label(partner, Messages.Language.VI)));
    }

    private final class DraftImpl implements Draft {
        private final Subject subject;
        /** The words describing the subject, by placeholder name (null for none), looked up as a template asks. */
        private final Function<String, Object> wordsAboutSubject;
        private final Map<String, Object> facts = new LinkedHashMap<>();
        /** Values the rule mentioned for the message only; most rules mention none. */
        private Map<String, Object> mentioned = Map.of();
        private String variant;

        DraftImpl(Subject subject, Function<String, Object> wordsAboutSubject) {
            this.subject = subject;
            this.wordsAboutSubject = wordsAboutSubject;
        }

        private Object word(String name) {
            Object value = mentioned.get(name);
            return value != null ? value : wordsAboutSubject.apply(name);
        }

        @Override
        public Draft variant(String name) {
            this.variant = Objects.requireNonNull(name, "variant");
            return this;
        }

        @Override
        public Draft with(String name, Object value) {
            facts.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, () -> name + " is null"));
            return this;
        }

        @Override
        public Draft mention(String name, Object value) {
            if (mentioned.isEmpty()) {
                mentioned = new HashMap<>(2);
            }
            mentioned.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, () -> name + " is null"));
            return this;
        }

        @Override
        public void report() {
            RuleMeta rule = firing;
            if (rule == null) {
                throw new IllegalStateException("findings can only be reported from a rule's consequence");
            }
            RuleParameters ruleParameters = parametersOf.computeIfAbsent(rule, FindingCollector.this::parameters);
            // A message names the subject, the rule's facts, the words about the subject and the rule's
            // parameters, in that order of precedence.
            String subjectName = subject.name().orElse(subject.id());
            Function<String, Object> values = name -> {
                Object value = name.equals("subject") ? subjectName : facts.get(name);
                if (value == null) {
                    value = word(name);
                }
                return value != null ? value : ruleParameters.values().get(name);
            };
            Map<String, Object> recorded = new LinkedHashMap<>();
            facts.forEach((k, v) -> recorded.put(k, Messages.record(v)));
            Templates templates = templatesOf.computeIfAbsent(rule, r -> new HashMap<>())
                    .computeIfAbsent(variant == null ? "" : variant, v -> templates(rule, variant));
            Messages messages = ruleBase.messages();
            sink.accept(new Finding(rule.id(), rule.severity(), subject,
                    new LocalizedText(messages.fill(templates.vi(), values, Messages.Language.VI, scratch),
                            messages.fill(templates.en(), values, Messages.Language.EN, scratch)),
                    rule.source(), ruleParameters.exported(), recorded, ruleParameters.validFrom()));
        }
    }

    private Templates templates(RuleMeta rule, String variant) {
        String key = variant == null ? rule.id() : rule.id() + "." + variant;
        return new Templates(template(rule, key, Messages.Language.VI), template(rule, key, Messages.Language.EN));
    }

    private Messages.Template template(RuleMeta rule, String key, Messages.Language language) {
        String template = rule.template(language, key);
        if (template == null) {
            throw new IllegalStateException("no " + language.suffix() + " message " + key + " for rule " + rule.id());
        }
        return ruleBase.messages().template(template);
    }

    private RuleParameters parameters(RuleMeta rule) {
        Map<String, Object> exported = new LinkedHashMap<>();
        Map<String, Object> values = new HashMap<>();
        Map<String, LocalDate> validFrom = new LinkedHashMap<>();
        for (Parameter<?> p : rule.parameters()) {
            exported.put(p.name(), parameters.exported(p));
            values.put(p.name(), parameters.get(p));
            parameters.validFrom(p).ifPresent(since -> validFrom.put(p.name(), since));
        }
        return new RuleParameters(exported, values, validFrom);
    }
}
