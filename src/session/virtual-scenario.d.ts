declare module 'virtual:scenario' {
  import type { Scenario } from '../engine/schema/scenario';

  const scenario: Scenario;
  export default scenario;
}
