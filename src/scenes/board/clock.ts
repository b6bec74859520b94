/**
 * The wall clock on Washington time, with the time in type beside it, Moscow's below, and the
 * date. When the scenario clock moves, the minute hand sweeps round to the new time (a cut with
 * reduced motion).
 */
import Phaser from 'phaser';
import type { ClockView } from '../../engine/view';
import { Palette } from '../palette';
import { clockSweep, dateLine, handAngles, sweepDuration } from './clockMath';
import { CLOCK } from './layout';
import { typed } from './styles';

const MINUTE_TICK = { inner: 0.9, width: 1 } as const;
const HOUR_TICK = { inner: 0.8, width: 3 } as const;
const NUMERAL_RADIUS = 0.64;
const NUMERAL_SIZE = 15;
const CAP_RADIUS = 4;
const SHADOW_OFFSET = 4;

/** The dial, bezel and numerals: they never change, so they go into the board's still texture. */
export function clockStaticLayers(scene: Phaser.Scene, highContrast: boolean): Phaser.GameObjects.GameObject[] {
  const { centreX: cx, centreY: cy, radius: r, bezel } = CLOCK;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0x000000, 0.45);
  g.fillCircle(cx + SHADOW_OFFSET, cy + SHADOW_OFFSET, r + bezel);
  g.fillStyle(Palette.brass, 1);
  g.fillCircle(cx, cy, r + bezel);
  g.lineStyle(1, Palette.brassLight, 0.9);
  g.strokeCircle(cx, cy, r + bezel - 1);
  g.fillStyle(Palette.paper, 1);
  g.fillCircle(cx, cy, r);
  g.lineStyle(highContrast ? 2 : 1, Palette.ink, highContrast ? 1 : 0.6);
  g.strokeCircle(cx, cy, r);
  for (let i = 0; i < 60; i += 1) {
    const hour = i % 5 === 0;
    const tick = hour ? HOUR_TICK : MINUTE_TICK;
    const a = (i / 60) * Math.PI * 2;
    const [sx, sy] = [Math.sin(a), -Math.cos(a)];
    g.lineStyle(tick.width, Palette.ink, 1);
    g.lineBetween(cx + sx * r * tick.inner, cy + sy * r * tick.inner, cx + sx * (r - 3), cy + sy * (r - 3));
  }
  const numerals = [12, 3, 6, 9].map((n) => {
    const a = (n / 12) * Math.PI * 2;
    return new Phaser.GameObjects.Text(
      scene,
      cx + Math.sin(a) * r * NUMERAL_RADIUS,
      cy - Math.cos(a) * r * NUMERAL_RADIUS,
      String(n),
      typed(NUMERAL_SIZE, Palette.ink),
    ).setOrigin(0.5);
  });
  return [g, ...numerals];
}

/** A hand drawn pointing up from the origin; the clock turns it with setAngle. */
function hand(scene: Phaser.Scene, length: number, width: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x: CLOCK.centreX, y: CLOCK.centreY });
  g.fillStyle(Palette.ink, 1);
  g.beginPath();
  g.moveTo(-width / 2, length * 0.18);
  g.lineTo(width / 2, length * 0.18);
  g.lineTo(width * 0.22, -length);
  g.lineTo(-width * 0.22, -length);
  g.closePath();
  g.fillPath();
  return g;
}

export class ClockPiece {
  private readonly scene: Phaser.Scene;
  private readonly hourHand: Phaser.GameObjects.Graphics;
  private readonly minuteHand: Phaser.GameObjects.Graphics;
  private readonly main: Phaser.GameObjects.Text;
  private readonly others: Phaser.GameObjects.Text;
  private readonly date: Phaser.GameObjects.Text;
  /** The scenario time the hands show (or are sweeping to). */
  private shown: number | null = null;
  /** Minutes the hands show, counted from the sweep's start, so they only ever turn forward. */
  private readonly dial = { minutes: 0 };
  private sweep: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.hourHand = hand(scene, CLOCK.hourHandLength, 6);
    this.minuteHand = hand(scene, CLOCK.minuteHandLength, 4);
    scene.add.circle(CLOCK.centreX, CLOCK.centreY, CAP_RADIUS, Palette.brass).setStrokeStyle(1, Palette.ink);
    this.main = scene.add.text(CLOCK.labelX, CLOCK.mainLabelY, '', typed(CLOCK.mainLabelSize, Palette.cream));
    this.others = scene.add.text(CLOCK.labelX, CLOCK.otherLabelY, '', typed(CLOCK.otherLabelSize, Palette.cream));
    this.others.setAlpha(0.85);
    this.date = scene.add.text(CLOCK.labelX, CLOCK.dateLabelY, '', typed(CLOCK.dateLabelSize, Palette.brassLight));
  }

  update(clock: ClockView, reducedMotion: boolean): void {
    this.main.setText(`${clock.label.toUpperCase()} ${clock.text}`);
    this.others.setText(clock.others.map((o) => `${o.label.toUpperCase()} ${o.text}`).join('   '));
    this.date.setText(dateLine(clock.long));

    if (this.shown === clock.minutes) return;
    // Mid-sweep, the hands carry on from where they are rather than jumping to the last target.
    const from = this.sweep ? this.dial.minutes : this.shown;
    this.shown = clock.minutes;
    this.sweep?.stop();
    this.sweep = null;
    const { spinMinutes, instant } =
      from === null ? { spinMinutes: 0, instant: true } : clockSweep(from, clock.minutes);
    if (instant || reducedMotion) {
      this.setHands(clock.minutes);
      return;
    }
    // Sweep from where the hands are now through `spinMinutes`, landing exactly on the new time.
    const start = clock.minutes - spinMinutes;
    this.dial.minutes = start;
    this.sweep = this.scene.tweens.add({
      targets: this.dial,
      minutes: clock.minutes,
      duration: sweepDuration(spinMinutes, CLOCK.sweepMsPerMinute, CLOCK.sweepMinMs, CLOCK.sweepMaxMs),
      ease: 'Sine.easeInOut',
      onUpdate: () => this.setHands(this.dial.minutes),
      onComplete: () => {
        this.sweep = null;
        this.setHands(clock.minutes);
      },
    });
  }

  private setHands(minutes: number): void {
    const { hour, minute } = handAngles(minutes);
    this.hourHand.setAngle(hour);
    this.minuteHand.setAngle(minute);
  }
}
