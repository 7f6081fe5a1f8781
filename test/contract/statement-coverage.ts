import type { EngineName, StatementObserver } from '../../src/store/graph-store';
import { adapterStatements, parametersOf } from '../cypher/statement-catalogue';

/**
 * What the contract cases actually sent, recorded by the adapters themselves (their
 * StatementObserver), so the coverage check needs no list kept by hand: a statement someone adds
 * under src/store/cypher is in the catalogue at once, and this fails until a case runs it.
 */
export class StatementRecorder {
  readonly sent = new Set<string>();
  /** `statement: $param` for every parameter a statement uses that the caller did not pass. */
  readonly missingParameters = new Set<string>();

  readonly observe: StatementObserver = (query, params) => {
    this.sent.add(query.name);
    for (const name of parametersOf(query.text))
      if (!(name in params)) this.missingParameters.add(`${query.name}: $${name}`);
  };

  /**
   * Statements the engine's adapter can send that no case sent. A builder (one statement per
   * kind or type) counts as covered when any one of its statements was sent.
   */
  uncovered(engine: EngineName): string[] {
    const { statements, families } = adapterStatements(engine);
    const inFamily = new Set([...families.values()].flat());
    const missing = [...statements.keys()].filter(
      (name) => !inFamily.has(name) && !this.sent.has(name),
    );
    for (const [builder, names] of families)
      if (!names.some((name) => this.sent.has(name))) missing.push(builder);
    return missing.sort();
  }
}
