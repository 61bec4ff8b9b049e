import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { campaignIds, readManifest, STORIES_DIR } from "../../src/build/campaigns";

// The generated sound (assets/audio/generate.sh) against the campaign manifests: every mood and
// every sfx id a writer may use has its file, and the files stay small, short and decodable.

const audioRoot = join(import.meta.dirname, "../../public/audio");
const interfaceSounds = ["ui-choice", "ui-nudge-unity", "ui-nudge-individual", "ui-menu"];

/** Sample rate, channels and length of an Ogg Vorbis file, from its headers and last page. */
function vorbisFacts(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 4).toString("latin1"), `${file} is an Ogg stream`).toBe("OggS");
  const identification = bytes.indexOf("\x01vorbis", 0, "latin1");
  expect(identification, `${file} carries Vorbis`).toBeGreaterThan(0);
  const channels = bytes.readUInt8(identification + 11);
  const sampleRate = bytes.readUInt32LE(identification + 12);
  const lastPage = bytes.lastIndexOf("OggS", undefined, "latin1");
  const samples = Number(bytes.readBigInt64LE(lastPage + 6));
  return { channels, sampleRate, seconds: samples / sampleRate, size: bytes.length };
}

describe("generated audio", () => {
  const campaigns = campaignIds().map((id) => readManifest(join(STORIES_DIR, id)));

  it.each(campaigns.flatMap((campaign) => campaign.moods.map((mood) => [campaign.id, mood.id, mood.music])))(
    "has a 16-30 s loop for %s in the %s mood",
    (_campaign, _mood, music) => {
      const facts = vorbisFacts(join(audioRoot, "music", `${music}.ogg`));
      expect(facts.seconds).toBeGreaterThanOrEqual(16);
      expect(facts.seconds).toBeLessThanOrEqual(30);
    },
  );

  // A theme is its loop and a second layer of another length played over it (src/audio/musicTrack.ts):
  // heard together they repeat only after the least common multiple of the two lengths.
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  it.each(["title", ...new Set(campaigns.flatMap((campaign) => campaign.moods.map((mood) => mood.music)))])(
    "plays %s over a layer of its own that repeats with it only after two minutes or more",
    (music) => {
      const bed = Math.round(vorbisFacts(join(audioRoot, "music", `${music}.ogg`)).seconds * 1000);
      const layer = Math.round(vorbisFacts(join(audioRoot, "music", `${music}-layer.ogg`)).seconds * 1000);
      expect(layer).not.toBe(bed);
      expect((bed * layer) / gcd(bed, layer) / 1000).toBeGreaterThanOrEqual(120);
    },
  );

  it("has a title theme", () => {
    const facts = vorbisFacts(join(audioRoot, "music", "title.ogg"));
    expect(facts.seconds).toBeGreaterThanOrEqual(16);
    expect(facts.seconds).toBeLessThanOrEqual(30);
  });

  const effects = [
    ...new Set([...campaigns.flatMap((campaign) => campaign.sfx.map((sound) => sound.file)), ...interfaceSounds]),
  ];
  it.each(effects)("has a short effect for %s", (id) => {
    const facts = vorbisFacts(join(audioRoot, "sfx", `${id}.ogg`));
    expect(facts.seconds).toBeGreaterThanOrEqual(0.1);
    expect(facts.seconds).toBeLessThanOrEqual(2.5);
  });

  it("stays under 2 MB altogether", () => {
    let total = 0;
    for (const folder of ["music", "sfx"]) {
      for (const name of readdirSync(join(audioRoot, folder))) total += statSync(join(audioRoot, folder, name)).size;
    }
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});
