import * as Phaser from "phaser";
import type { PlaceContext, StageFrame } from "../place";
import { elementColor, elementDrift, elementPulse, elementSeed } from "../stanceLook";

/**
 * The DreamSync network: nodes joined by lines of light along which pulses travel. Under unity
 * every link holds and the pulses march in step; as the cast leans to the self, links flicker
 * and the weakest break, each node beats in its own colour; tension makes links stutter.
 */
export interface SyncNetwork {
  update(frame: StageFrame): void;
  /** Light every link at once (a pulse or surge cue). */
  flare(): void;
}

export interface NetworkOptions {
  nodes: Array<{ x: number; y: number; size?: number }>;
  baseHue: number;
  /** Links join nodes closer than this (canvas pixels). */
  reach: number;
  /** At most this many links per node. */
  maxLinks?: number;
  lineWidth: number;
  nodeSize: number;
  indexOffset?: number;
  /** How readily links break as the cast diverges, 0..1. */
  fragility?: number;
  /** Extra dimming, e.g. in the underserved zones. */
  strength?: number;
}

interface Link {
  from: number;
  to: number;
  element: number;
}

export function addSyncNetwork(place: PlaceContext, options: NetworkOptions): SyncNetwork {
  const offset = options.indexOffset ?? 0;
  const links: Link[] = [];
  const maxLinks = options.maxLinks ?? 3;
  options.nodes.forEach((node, from) => {
    const nearest = options.nodes
      .map((other, to) => ({ to, distance: Math.hypot(other.x - node.x, other.y - node.y) }))
      .filter(({ to, distance }) => to > from && distance < options.reach)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, maxLinks);
    for (const { to } of nearest) links.push({ from, to, element: offset + links.length });
  });
  const lines = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const halos = options.nodes.map((node) =>
    place.glow(node.x, node.y, options.nodeSize * 2.4 * (node.size ?? 1), 0xffffff, 0.4),
  );
  const cores = options.nodes.map((node) =>
    place
      .image(node.x, node.y, "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(options.nodeSize * (node.size ?? 1), options.nodeSize * (node.size ?? 1)),
  );
  const pulses = links.slice(0, 40).map(() =>
    place
      .image(0, 0, "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(options.nodeSize * 0.7, options.nodeSize * 0.7),
  );
  let flare = 0;
  const strength = options.strength ?? 1;
  const fragility = options.fragility ?? 0.6;

  return {
    flare() {
      flare = 1;
    },
    update(frame) {
      const { look, time } = frame;
      flare = Math.max(0, flare - frame.delta / 1200);
      lines.clear();
      links.forEach((link, index) => {
        const from = options.nodes[link.from];
        const to = options.nodes[link.to];
        if (!from || !to) return;
        // A link breaks when its own weakness exceeds what the cast's unity holds together.
        const weakness = (elementSeed(link.element, 9) + 1) / 2;
        const holding = weakness > look.divergence * fragility * 1.4 ? 1 : 0.08;
        const stutter = look.tension * frame.motion > 0.4 && Math.sin(time * 17 + link.element * 3) > 0.85 ? 0.2 : 1;
        const pulse = elementPulse(link.element, look, time, 0.3);
        const color = elementColor(options.baseHue, link.element, look, 0.8, 0.62);
        lines.lineStyle(
          options.lineWidth,
          color,
          Math.min(1, (0.25 + pulse * 0.35 + flare * 0.5) * holding * stutter * strength),
        );
        lines.lineBetween(from.x, from.y, to.x, to.y);
        const traveller = pulses[index];
        if (traveller) {
          // Pulses march in step under sync, each at its own pace otherwise.
          const speed = 0.25 * (1 + elementDrift(link.element, look, 10));
          const t = (time * speed + (1 - look.sync) * (elementSeed(link.element, 11) + 1)) % 1;
          traveller.setPosition(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
          traveller.setTint(color).setAlpha(holding * stutter * strength * (0.5 + flare * 0.5));
        }
      });
      options.nodes.forEach((_node, index) => {
        const element = offset + 500 + index;
        const pulse = elementPulse(element, look, time, 0.5);
        const color = elementColor(options.baseHue, element, look, 0.75, 0.65);
        halos[index]?.setTint(color).setAlpha((0.2 + pulse * 0.4 + flare * 0.4) * strength);
        cores[index]?.setTint(color).setAlpha((0.7 + pulse * 0.3) * strength);
      });
    },
  };
}
