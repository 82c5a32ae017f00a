/**
 * The Drools engine's implementation. <strong>Not API</strong>: nothing here is for hosts, and any of it may
 * change in any release. Hosts reach the engine through {@link org.ngoaivu.engine.ComplianceEngine#builder()};
 * the one public type, {@link org.ngoaivu.rules.internal.DroolsComplianceEngine}, is public only so that
 * {@link org.ngoaivu.rules.DroolsEngineProvider} can create it ({@code InternalIsNotApiTest} holds this).
 */
package org.ngoaivu.rules.internal;
