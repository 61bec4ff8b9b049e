# The music: one loop per city and mood, plus the title theme; sourced by generate.sh.
# Each function is named after the file it writes (public/audio/music/<name>.ogg).
#
# Neo-Lumen (24 s, 60 BPM, 96 sixteenths): glass pads, struck glass, a slow pulse of light.
# Neo-Unity (20 s, 96 BPM, 128 sixteenths): plucked arpeggios, drums, echoes: a kaleidoscope.
# Moods: calm a soft pad; tense a low drone and dissonance; chaos noise bursts and two clashing
# tempos; wonder shimmer; somber slow minor; hope a rising major progression.

# The loops the campaigns use: every `music` of every mood in stories/*/campaign.json (a campaign
# that reuses another's loops adds nothing here). Each needs a function of that name below.
mapfile -t MUSIC_PIECES < <(node -e '
  const fs = require("node:fs");
  const path = require("node:path");
  const stories = process.argv[1];
  const pieces = new Set();
  for (const folder of fs.readdirSync(stories).sort()) {
    const file = path.join(stories, folder, "campaign.json");
    if (!fs.existsSync(file)) continue;
    for (const mood of JSON.parse(fs.readFileSync(file, "utf8")).moods ?? []) pieces.add(mood.music);
  }
  console.log([...pieces].join("\n"));
' "${DREAMERS_STORIES_DIR:-$(dirname "${BASH_SOURCE[0]}")/../../stories}")

LUMEN_REVERB=(reverb 85 45 100 100 40 0)

# ---- Second layers: what keeps a theme from being heard repeating.
#
# Each theme `<name>.ogg` has a second loop, `<name>-layer.ogg`, that the game plays over it
# (src/audio/audioDirector.ts): a sparse line of struck tones in phrases and silences, on the
# theme's beat but of another length, chosen so the two share no short period. On each pass the
# bed meets another stretch of the layer, and the pair repeats only after the least common
# multiple of their lengths (LAYERS below: 140 s for Neo-Unity's, 264 s for the title's and 696 s for
# Neo-Lumen's, where the beds are 20-24 s).
# The layer's last beats are silent, so its seam falls in reverb tail; it is levelled well under
# the bed and coded at a lower quality, since a sparse line costs few bits.
#
# NAME -> "SECONDS BEATS SEED INSTRUMENT PITCHES...": the layer's length in seconds and in the
# theme's beats (a whole number of beats, so it stays on the bed's grid), the seed of its phrases,
# the instrument, and the pitches (a scale that sits on every chord of the bed).
declare -A LAYERS=(
  [title]="33 44 3 glass_layer_tone A4 B4 C#5 E5 F#5 A5 B5 C#6"
  [neo-lumen-calm]="29 29 5 glass_layer_tone D5 E5 F#5 A5 B5 D6 E6"
  [neo-lumen-tense]="29 29 7 dark_layer_tone C#5 D5 G#5 G5 C#6 D6"
  [neo-lumen-chaos]="29 29 11 dark_layer_tone C5 C#5 F#5 G5 C6 F#6"
  [neo-lumen-wonder]="29 29 13 glass_layer_tone E5 F#5 G#5 A#5 B5 D#6 F#6"
  [neo-lumen-somber]="29 29 17 glass_layer_tone A4 C5 D5 E5 G5 A5"
  [neo-lumen-hope]="29 29 19 glass_layer_tone C5 D5 E5 G5 A5 C6 D6"
  [neo-unity-calm]="35 56 23 pluck_layer_tone F5 G5 A5 C6 D6 F6"
  [neo-unity-tense]="35 56 29 dark_layer_tone E5 F5 B5 C6 E6"
  [neo-unity-chaos]="35 56 31 dark_layer_tone C5 F#5 G5 C#6 F#6"
  [neo-unity-wonder]="35 56 37 pluck_layer_tone E5 F#5 G#5 B5 C#6 E6"
  [neo-unity-somber]="35 56 41 pluck_layer_tone D5 E5 F5 A5 C6 D6"
  [neo-unity-hope]="35 56 43 pluck_layer_tone G5 A5 B5 D6 E6 G6"
)

glass_layer_tone() { # BEAT NOTE
  glass_bell "$1" 0.1 "$2" 4500
}

pluck_layer_tone() { # BEAT NOTE: a struck triangle, echoed by the layer's master effects
  ATTACK=3 RELEASE=1400 FADE=l note "$1" 0 0.12 triangle "$2" lowpass 4000
}

dark_layer_tone() { # BEAT NOTE: a muted glass tone with a slow waver
  ATTACK=6 RELEASE=3000 FADE=l note "$1" 0 0.09 sine "$2" tremolo 5 30
}

# layer NAME: renders `<NAME>-layer.ogg` from LAYERS[NAME].
layer() {
  local name=$1
  local -a spec=(${LAYERS[$name]})
  local seconds=${spec[0]} beats=${spec[1]} instrument=${spec[3]}
  local -a pitches=("${spec[@]:4}")
  begin_loop "$seconds" "$beats"
  RANDOM_STATE=${spec[2]}
  random_below ${#pitches[@]}
  local beat=$((RANDOM_VALUE % 3)) index=$RANDOM_VALUE tones count
  # Phrases of two to four tones walking the scale, each one or two beats apart, with three to
  # seven beats of silence between phrases; nothing in the last four beats.
  while ((beat < beats - 4)); do
    random_below 3
    tones=$((RANDOM_VALUE + 2))
    for ((count = 0; count < tones && beat < beats - 4; count++)); do
      "$instrument" "$beat" "${pitches[index]}"
      random_below 5
      index=$((index + RANDOM_VALUE - 2))
      if ((index < 0)); then index=$((-index)); fi
      if ((index >= ${#pitches[@]})); then index=$((2 * (${#pitches[@]} - 1) - index)); fi
      random_below 2
      beat=$((beat + 1 + RANDOM_VALUE))
    done
    random_below 5
    beat=$((beat + 3 + RANDOM_VALUE))
  done
  MUSIC_RMS_DB=$LAYER_RMS_DB MUSIC_QUALITY=$LAYER_QUALITY MUSIC_RATE=$LAYER_RATE finish_loop "$name-layer" \
    echo 0.8 0.6 $((60000 * seconds / beats * 3 / 4)) 0.3 reverb 80 50 100 100 30 0
}

# Both cities meet on the title: Neo-Lumen's glass over Neo-Unity's arpeggio (80 BPM, A major).
title() {
  begin_loop 24 128
  local chords=("A2 E3 G#3 B3 C#4" "F#2 C#3 E3 A3 B3" "D3 A3 C#4 E4 F#4" "E2 B2 E3 F#3 A3")
  local arps=("A3 C#4 E4 G#4 B4" "F#3 A3 C#4 E4 B4" "D4 F#4 A4 C#5 E5" "E3 A3 B3 E4 F#4")
  local roots=(A1 F#1 D2 E1) index
  for index in 0 1 2 3; do
    glass_pad $((index * 32)) 32 0.26 "${chords[index]}"
    slow_pulse $((index * 32)) 0.28 "${roots[index]}"
    slow_pulse $((index * 32 + 16)) 0.2 "${roots[index]}"
    arpeggio "${arps[index]}" "0 . 1 . 2 . 3 . 4 . 3 . 2 . 1 . 0 . 2 . 1 . 3 . 2 . 4 . 3 . 1 ."
  done
  SOFT_VOLUME=0.16 play_sequence soft_step
  end_line lowpass 2600 echo 0.8 0.7 562 0.35 1125 0.15
  local bell
  for bell in 6:E5 22:C#6 44:B5 58:G#5 70:F#5 86:C#6 102:E5 118:B5; do
    glass_bell "${bell%%:*}" 0.09 "${bell##*:}"
  done
  finish_loop title "${LUMEN_REVERB[@]}"
}

neo-lumen-calm() {
  begin_loop 24 96
  local chords=("D3 A3 C#4 E4 F#4" "G2 D3 F#3 B3 A4" "B2 F#3 A3 D4 E4")
  local roots=(D2 G1 B1) index beat bell
  for index in 0 1 2; do
    glass_pad $((index * 32)) 32 0.3 "${chords[index]}"
    for beat in 0 8 16 24; do
      slow_pulse $((index * 32 + beat)) 0.3 "${roots[index]}"
    done
  done
  for bell in 6:A5 14:F#5 22:E5 27:C#6 38:B5 45:D6 52:F#5 59:A5 70:D6 77:B5 84:F#5 91:E5; do
    glass_bell "${bell%%:*}" 0.1 "${bell##*:}"
  done
  finish_loop neo-lumen-calm "${LUMEN_REVERB[@]}"
}

neo-lumen-tense() {
  begin_loop 24 96
  drone 0.3 sine "C#2 C#2~14 G#1" lowpass 400
  drone 0.12 sawtooth "C#1 C#2" lowpass 180 lowpass 180
  # Clusters a semitone and a tritone away from the drone, fluttering.
  local clusters=("C#3 G3 D4" "D3 G#3 C#4" "C3 F#3 C#4") index bar bell
  for index in 0 1 2; do
    ATTACK=3000 RELEASE=3000 note $((index * 32)) 32 0.16 triangle "${clusters[index]}" tremolo 5 45 lowpass 1800
  done
  # A heartbeat: lub-dub each bar.
  for bar in 0 16 32 48 64 80; do
    ATTACK=1 RELEASE=600 FADE=l note "$bar" 0 0.55 sine "90>40" lowpass 250
    ATTACK=1 RELEASE=500 FADE=l note $((bar + 1)) 0 0.35 sine "80>38" lowpass 250
  done
  for bell in 20:D6 22:C#6 52:G6 54:F#6 84:D6 86:G#5; do
    glass_bell "${bell%%:*}" 0.07 "${bell##*:}" 3000
  done
  ATTACK=4000 RELEASE=2000 note 60 24 0.08 sine "C#4>D4" tremolo 6 40
  finish_loop neo-lumen-tense reverb 70 60 80 100 20 0
}

neo-lumen-chaos() {
  begin_loop 24 96
  drone 0.14 sawtooth "C2 C2~25 F#2" lowpass 700
  # Two tempos that never agree: 60 BPM thuds against 87.5 BPM glass (24 against 35 per loop).
  SEQUENCE=""
  repeat_sequence 6 "x o o o"
  GRID=24 KICK_VOLUME=0.5 play_sequence kick_step
  GRID=24 end_line
  local pings=(G5 F#5 C6 C#6 G5 F#5 D6 C#6) count
  for ((count = 0; count < 35; count++)); do SEQUENCE+="${pings[count % 8]} "; done
  GRID=35 BELL_VOLUME=0.12 play_sequence bell_step
  GRID=35 end_line overdrive 4 echo 0.8 0.5 171 0.3
  # Noise bursts at fixed pseudo-random places.
  local bands=("300 900" "800 2400" "2000 6000" "150 500") band start length
  RANDOM_STATE=7
  for ((count = 0; count < 12; count++)); do
    random_below 92
    start=$RANDOM_VALUE
    random_below 4
    length=$((RANDOM_VALUE + 1))
    random_below 4
    band=(${bands[RANDOM_VALUE]})
    noise_burst "$start" "$length" 0.35 "${band[0]}" "${band[1]}"
  done
  ATTACK=300 RELEASE=400 note 40 16 0.12 sine "C3>C5" tremolo 8 50
  ATTACK=300 RELEASE=400 note 72 16 0.12 sine "F#5>F#3" tremolo 11 50
  finish_loop neo-lumen-chaos reverb 55 50 80 100 10 0
}

neo-lumen-wonder() {
  begin_loop 24 96
  ATTACK=3000 RELEASE=3500 note 0 48 0.2 sine "E3 B3 D#4 F#4 G#4" tremolo 6 30 chorus 0.7 0.9 55 0.4 0.25 2 -t
  ATTACK=3000 RELEASE=3500 note 48 48 0.2 sine "E3 A#3 C#4 F#4 A#4" tremolo 6 30 chorus 0.7 0.9 55 0.4 0.25 2 -t
  slow_pulse 0 0.25 E2
  slow_pulse 16 0.18 E2
  slow_pulse 32 0.25 E2
  slow_pulse 48 0.25 E2
  slow_pulse 64 0.18 E2
  slow_pulse 80 0.25 E2
  # Shimmer: a soft sixteenth-note glitter over the E lydian chords, echoed into a haze.
  local count
  for ((count = 0; count < 6; count++)); do SEQUENCE+="B6 D#7 F#7 A#7 G#7 F#7 D#7 B6 "; done
  for ((count = 0; count < 6; count++)); do SEQUENCE+="A#6 C#7 F#7 A#7 E7 C#7 A#6 F#7 "; done
  BELL_VOLUME=0.07 play_sequence bell_step
  end_line echo 0.8 0.7 375 0.4 750 0.25
  glass_bell 0 0.1 E6 5000
  glass_bell 48 0.1 F#6 5000
  finish_loop neo-lumen-wonder reverb 90 30 100 100 50 0
}

neo-lumen-somber() {
  begin_loop 24 96
  local chords=("A2 E3 B3 C4" "F2 C3 A3 E4" "D2 A2 F3 C4" "E2 B2 G#3 D4")
  local roots=(A1 F1 D2 E1) index
  for index in 0 1 2 3; do
    glass_pad $((index * 24)) 24 0.28 "${chords[index]}"
    slow_pulse $((index * 24)) 0.3 "${roots[index]}"
    slow_pulse $((index * 24 + 12)) 0.18 "${roots[index]}"
  done
  # A slow falling line on a soft triangle.
  local melody=(0:12:E4 12:8:D4 20:4:C4 24:12:C4 36:12:A3 48:12:F4 60:12:E4 72:12:D4 84:12:G#3) tone parts
  for tone in "${melody[@]}"; do
    parts=(${tone//:/ })
    ATTACK=400 RELEASE=1600 note "${parts[0]}" "${parts[1]}" 0.16 triangle "${parts[2]}" lowpass 1600 tremolo 4 12
  done
  finish_loop neo-lumen-somber reverb 80 70 100 100 30 0 lowpass 3000
}

neo-lumen-hope() {
  begin_loop 24 96
  # The bass climbs a step each bar (C D E F G A) and the glass arpeggios climb with it.
  local chords=("C3 G3 C4 E4" "D3 G3 B3 D4" "E3 A3 C4 E4" "F3 A3 C4 F4" "G3 B3 D4 G4" "A3 C4 F4 C5")
  local roots=(C2 D2 E2 F2 G2 A2)
  local climbs=("C5 E5 G5 C6" "D5 G5 B5 D6" "E5 A5 C6 E6" "F5 A5 C6 F6" "G5 B5 D6 G6" "A5 C6 F6 A6")
  local index beat notes
  for index in 0 1 2 3 4 5; do
    glass_pad $((index * 16)) 16 0.26 "${chords[index]}"
    slow_pulse $((index * 16)) 0.3 "${roots[index]}"
    slow_pulse $((index * 16 + 8)) 0.22 "${roots[index]}"
    notes=(${climbs[index]})
    for beat in 0 1 2 3; do
      glass_bell $((index * 16 + beat * 4)) 0.09 "${notes[beat]}" 3000
    done
  done
  finish_loop neo-lumen-hope reverb 75 40 100 100 30 0
}

# ---- Neo-Unity

UNITY_HATS="- . o . - . o . - . o . - . o ."

neo-unity-calm() {
  begin_loop 20 128
  local chords=("F3 A3 C4 E4 G4" "A3 C4 E4 G4 B4" "Bb3 D4 F4 A4 C5" "C4 E4 G4 A4 D5")
  local pads=("F2 C3 A3" "A2 E3 C4" "Bb2 F3 D4" "C3 G3 E4")
  local roots=(F2 A2 Bb2 C3) index
  for index in 0 1 2 3; do
    arpeggio "${chords[index]}" "0 . 2 . 1 . 3 . 4 . 3 . 2 . 1 . 0 . 2 . 4 . 3 . 1 . 2 . 3 . 2 ."
    ATTACK=1200 RELEASE=1500 note $((index * 32)) 32 0.12 triangle "${pads[index]}" lowpass 1500
  done
  SOFT_VOLUME=0.22 play_sequence soft_step
  end_line lowpass 3500 echo 0.8 0.7 468 0.3
  for index in 0 1 2 3; do SEQUENCE+="${roots[index]} . . . . . . . ${roots[index]} . . . . . . . ${roots[index]} . . . . . . . ${roots[index]} . . . . . . . "; done
  BASS_VOLUME=0.22 play_sequence bass_step
  end_line
  repeat_sequence 8 "x . . . . . . . o . . . . . . ."
  KICK_VOLUME=0.35 play_sequence kick_step
  end_line
  repeat_sequence 8 "$UNITY_HATS"
  HAT_VOLUME=0.06 play_sequence hat_step
  end_line
  finish_loop neo-unity-calm reverb 40 50 60 100 10 0
}

neo-unity-tense() {
  begin_loop 20 128
  drone 0.22 sine "E2 E2~10" lowpass 300
  drone 0.1 sawtooth "E1" lowpass 220 lowpass 220
  local cell_e="E3 F3 E3 B3 E3 F3 E3 C4 E3 F3 E3 B3 E3 F3 A#3 B3"
  local cell_f="F3 F#3 F3 C4 F3 F#3 F3 C#4 F3 F#3 F3 C4 F3 E3 D#3 E3"
  SEQUENCE="$cell_e $cell_e $cell_e $cell_e $cell_f $cell_f $cell_e $cell_e"
  PLUCK_VOLUME=0.3 play_sequence pluck_step
  end_line lowpass 1600 echo 0.8 0.6 312 0.3
  repeat_sequence 8 "x . . o . . . . . . . . . . . ."
  KICK_VOLUME=0.6 play_sequence kick_step
  end_line
  repeat_sequence 32 "o o x o"
  HAT_VOLUME=0.05 play_sequence hat_step
  end_line
  ATTACK=2000 RELEASE=2000 note 0 64 0.05 sine "A#4 E5" tremolo 6 50
  ATTACK=2000 RELEASE=2000 note 64 64 0.05 sine "F5 B5" tremolo 6 50
  finish_loop neo-unity-tense reverb 50 60 60 100 10 0
}

neo-unity-chaos() {
  begin_loop 20 128
  drone 0.1 sawtooth "C2 F#2~20" lowpass 600
  # Two tempos at once: 96 BPM plucks in C against 120 BPM triangles in F sharp (128 vs 160).
  repeat_sequence 16 "C4 E4 G4 B4 C5 B4 G4 E4"
  PLUCK_VOLUME=0.25 play_sequence pluck_step
  end_line lowpass 3000
  repeat_sequence 20 "F#4 A#4 C#5 F#5 C#5 A#4 F#4 D5"
  GRID=160 SOFT_VOLUME=0.18 play_sequence soft_step
  GRID=160 end_line overdrive 5
  repeat_sequence 32 "x . . ."
  KICK_VOLUME=0.55 play_sequence kick_step
  end_line
  repeat_sequence 20 "- x"
  GRID=40 CLAP_VOLUME=0.3 play_sequence clap_step
  GRID=40 end_line
  local bands=("300 900" "800 2400" "2000 6000" "150 500") band start length count
  RANDOM_STATE=11
  for ((count = 0; count < 10; count++)); do
    random_below 124
    start=$RANDOM_VALUE
    random_below 3
    length=$((RANDOM_VALUE + 1))
    random_below 4
    band=(${bands[RANDOM_VALUE]})
    noise_burst "$start" "$length" 0.3 "${band[0]}" "${band[1]}"
  done
  # Stutters: the glitch of a synchronised dream slipping.
  for start in 30 31 94 95; do
    blip "$start" 0 0.03 "C6" overdrive 10 vol 0.3
  done
  finish_loop neo-unity-chaos reverb 35 50 60 100 5 0
}

neo-unity-wonder() {
  begin_loop 20 128
  local chords=("D4 F#4 A4 C#5 G#5 E5" "E4 G#4 B4 D5 F#5 A5") half index
  for half in 0 1; do
    for index in 0 1 2 3; do
      arpeggio "${chords[half]}" "0 1 2 3 4 3 2 1 0 2 4 5 4 2 1 3"
    done
  done
  PLUCK_VOLUME=0.2 play_sequence pluck_step
  end_line lowpass 5000 echo 0.8 0.6 468 0.3
  # Bells in triplets over the sixteenths: three against four, turning like a kaleidoscope.
  local count
  for ((count = 0; count < 8; count++)); do SEQUENCE+="A5 C#6 E6 G#6 E6 C#6 "; done
  for ((count = 0; count < 8; count++)); do SEQUENCE+="B5 E6 G#6 B6 G#6 E6 "; done
  GRID=96 BELL_VOLUME=0.07 play_sequence bell_step
  GRID=96 end_line echo 0.8 0.6 312 0.4
  ATTACK=2000 RELEASE=2500 note 0 64 0.16 sine "D3 A3 E4" tremolo 7 35 chorus 0.7 0.9 55 0.4 0.25 2 -t
  ATTACK=2000 RELEASE=2500 note 64 64 0.16 sine "D3 B3 E4 G#4" tremolo 7 35 chorus 0.7 0.9 55 0.4 0.25 2 -t
  repeat_sequence 8 "$UNITY_HATS"
  HAT_VOLUME=0.04 play_sequence hat_step
  end_line
  finish_loop neo-unity-wonder reverb 70 40 90 100 20 0
}

neo-unity-somber() {
  begin_loop 20 128
  local chords=("D3 F3 A3 C4" "Bb2 F3 A3 D4" "G2 D3 Bb3 F4" "A2 E3 G3 C#4")
  local roots=(D2 Bb1 G1 A1) melody=(A4 F4 D4 C#4) index
  for index in 0 1 2 3; do
    arpeggio "${chords[index]}" "0 . 1 . 2 . 3 . 2 . 1 . 2 . 1 . 0 . 1 . 2 . 3 . 2 . 1 . 2 . 1 ."
    ATTACK=1500 RELEASE=2000 note $((index * 32)) 32 0.1 triangle "${chords[index]}" lowpass 1200
    ATTACK=600 RELEASE=1500 note $((index * 32)) 28 0.14 triangle "${melody[index]}" lowpass 2000 tremolo 4.5 15
  done
  SOFT_VOLUME=0.2 play_sequence soft_step
  end_line lowpass 1800 echo 0.8 0.7 468 0.35
  for index in 0 1 2 3; do
    SEQUENCE+="${roots[index]} . . . . . . . . . . . . . . . ${roots[index]} . . . . . . . . . . . . . . . "
  done
  BASS_VOLUME=0.2 play_sequence bass_step
  end_line
  repeat_sequence 8 "o . . . . . . . - . . . . . . ."
  KICK_VOLUME=0.45 play_sequence kick_step
  end_line
  finish_loop neo-unity-somber reverb 65 60 90 100 20 0 lowpass 3500
}

neo-unity-hope() {
  begin_loop 20 128
  local chords=("G3 B3 D4 G4" "A3 C4 E4 G4" "B3 D4 F#4 A4" "C4 E4 G4 C5" "D4 F#4 A4 D5" "E4 G4 B4 D5" "C4 E4 G4 B4" "D4 F#4 A4 C5")
  local roots=(G2 A2 B2 C3 D3 E3 C3 D3)
  local tops=("B4 D5" "C5 E5" "D5 F#5" "E5 G5" "F#5 A5" "G5 B5" "G5 E5" "F#5 A5")
  local index top
  for index in 0 1 2 3 4 5 6 7; do
    arpeggio "${chords[index]}" "0 1 2 3 1 2 3 2 0 1 2 3 2 3 1 3"
    ATTACK=500 RELEASE=800 note $((index * 16)) 16 0.1 triangle "${chords[index]}" lowpass 1400
  done
  PLUCK_VOLUME=0.24 play_sequence pluck_step
  end_line lowpass 4500 echo 0.8 0.6 468 0.25
  for index in 0 1 2 3 4 5 6 7; do
    SEQUENCE+="${roots[index]} . ${roots[index]} . ${roots[index]} . ${roots[index]} . ${roots[index]} . ${roots[index]} . ${roots[index]} . ${roots[index]} . "
  done
  BASS_VOLUME=0.22 play_sequence bass_step
  end_line
  for top in "${tops[@]}"; do SEQUENCE+="${top% *} . . . . . . . ${top#* } . . . . . . . "; done
  BELL_VOLUME=0.12 play_sequence bell_step
  end_line echo 0.8 0.6 468 0.3
  repeat_sequence 32 "x . . ."
  KICK_VOLUME=0.5 play_sequence kick_step
  end_line
  repeat_sequence 8 "- . . . x . . . - . . . x . . ."
  CLAP_VOLUME=0.22 play_sequence clap_step
  end_line
  repeat_sequence 8 "$UNITY_HATS"
  HAT_VOLUME=0.06 play_sequence hat_step
  end_line
  finish_loop neo-unity-hope reverb 40 50 70 100 10 0
}
