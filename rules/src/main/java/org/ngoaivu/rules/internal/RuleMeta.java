package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Properties;

import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;

/**
 * What the engine knows of one compiled rule: its metadata and its message templates.
 *
 * @param packageName the DRL package
 * @param name        the DRL rule name (its title)
 * @param id          {@code @id}
 * @param severity    {@code @severity}, after any host override
 * @param subjectType {@code @subject}
 * @param area        the folder the rule lives in
 * @param source      {@code @source}, with the short names of the seed articles expanded
 * @param quote       {@code @quote}: the Vietnamese words of the source, for the documentation
 * @param parameters  the parameters named by {@code @parameters}
 * @param messagesVi  the Vietnamese templates of the rule's folder
 * @param messagesEn  the English templates of the rule's folder
 * @param origin      {@code bundled} or the host rule pack's location
 * @param location    the {@code .drl} file
 */
record RuleMeta(
        String packageName,
        String name,
        String id,
        Severity severity,
        SubjectType subjectType,
        String area,
        String source,
        String quote,
        List<Parameter<?>> parameters,
        Properties messagesVi,
        Properties messagesEn,
        String origin,
        String location) {

    RuleDescriptor descriptor() {
        return new RuleDescriptor(id, name, area, severity, subjectType, source,
                parameters.stream().map(Parameter::name).toList(), origin, quote);
    }

    RuleMeta withSeverity(Severity newSeverity) {
        return new RuleMeta(packageName, name, id, newSeverity, subjectType, area, source, quote, parameters,
                messagesVi, messagesEn, origin, location);
    }

    /** The template under {@code key} (the rule id, or {@code <rule id>.<variant>}), or null. */
    String template(Messages.Language language, String key) {
        return (language == Messages.Language.VI ? messagesVi : messagesEn).getProperty(key);
    }
}
