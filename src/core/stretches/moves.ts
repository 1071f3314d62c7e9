import type { Move } from './types';

/**
 * Every move HipCheck can suggest. Doses sit inside the ranges in the research notes:
 * static stretches hold 20–60 s (ACSM; Harvard Health), bird-dog is 6 per side with short holds
 * (Mayo Clinic), and the walking breaks follow the two-minute light-activity findings
 * (Dunstan et al. 2012; Buckley et al. 2015).
 *
 * `place: 'desk'` means "no floor space needed": done standing by the desk or, for walk and stairs,
 * on the way away from it. `place: 'floor'` needs room to kneel or lie down.
 *
 * Names, instructions and cues live in _locales (move_<id>_name, move_<id>_step1…N, move_<id>_cue).
 */
export const MOVES: readonly Move[] = [
  // Hip-flexor stretches
  {
    id: 'standing_hip_flexor',
    targets: ['hip_flexors'],
    place: 'desk',
    dose: { kind: 'hold', seconds: 30 },
    perSide: true,
    steps: 3,
    caution: null,
    source: 'ACSM; Harvard Health',
  },
  {
    id: 'kneeling_hip_flexor',
    targets: ['hip_flexors'],
    place: 'floor',
    dose: { kind: 'hold', seconds: 30 },
    perSide: true,
    steps: 3,
    caution: 'knee',
    source: 'ACSM; Harvard Health',
  },
  {
    id: 'pigeon',
    targets: ['hip_flexors', 'glutes'],
    place: 'floor',
    dose: { kind: 'hold', seconds: 45 },
    perSide: true,
    steps: 3,
    caution: 'knee',
    source: 'Harvard Health; ACSM',
  },

  // Hip and spine mobility
  {
    id: 'malasana',
    targets: ['glutes', 'back'],
    place: 'desk',
    dose: { kind: 'hold', seconds: 30 },
    perSide: false,
    steps: 3,
    caution: 'knee',
    source: 'Harvard Health',
  },
  {
    id: 'cat_cow',
    targets: ['back', 'core'],
    place: 'floor',
    dose: { kind: 'breaths', count: 6, secondsPerBreath: 5 },
    perSide: false,
    steps: 3,
    caution: 'wrist',
    source: 'Harvard Health',
  },
  {
    id: 'standing_cat_cow',
    targets: ['back', 'core'],
    place: 'desk',
    dose: { kind: 'breaths', count: 6, secondsPerBreath: 5 },
    perSide: false,
    steps: 3,
    caution: null,
    source: 'Harvard Health',
  },
  {
    id: 'childs_pose',
    targets: ['back', 'glutes'],
    place: 'floor',
    dose: { kind: 'hold', seconds: 30 },
    perSide: false,
    steps: 3,
    caution: 'knee',
    source: 'Harvard Health',
  },
  {
    id: 'standing_figure_four',
    targets: ['glutes'],
    place: 'desk',
    dose: { kind: 'hold', seconds: 30 },
    perSide: true,
    steps: 3,
    caution: null,
    source: 'ACSM; Harvard Health',
  },

  // Glute and deep-core strength (these strengthen; they are not stretches)
  {
    id: 'squat',
    targets: ['glutes', 'core'],
    place: 'desk',
    dose: { kind: 'reps', count: 10, secondsPerRep: 3 },
    perSide: false,
    steps: 3,
    caution: null,
    source: 'Harvard Health',
  },
  {
    id: 'glute_bridge',
    targets: ['glutes', 'core'],
    place: 'floor',
    dose: { kind: 'reps', count: 12, secondsPerRep: 3 },
    perSide: false,
    steps: 3,
    caution: null,
    source: 'Harvard Health',
  },
  {
    id: 'bird_dog',
    targets: ['core', 'back', 'glutes'],
    place: 'floor',
    dose: { kind: 'reps', count: 6, secondsPerRep: 6 },
    perSide: true,
    steps: 4,
    caution: 'wrist',
    source: 'Mayo Clinic',
  },
  {
    id: 'forearm_plank',
    targets: ['core'],
    place: 'floor',
    dose: { kind: 'hold', seconds: 30 },
    perSide: false,
    steps: 3,
    caution: 'back',
    source: 'ACSM; Harvard Health',
  },

  // Light activity: standing up and moving is the point of the break
  {
    id: 'walk',
    targets: ['whole_body'],
    place: 'desk',
    dose: { kind: 'time', seconds: 120 },
    perSide: false,
    steps: 2,
    caution: null,
    source: 'Dunstan et al. 2012; Buckley et al. 2015',
  },
  {
    id: 'stairs',
    targets: ['whole_body', 'glutes'],
    place: 'desk',
    dose: { kind: 'time', seconds: 90 },
    perSide: false,
    steps: 3,
    caution: null,
    source: 'Buckley et al. 2015',
  },
  {
    id: 'march_in_place',
    targets: ['whole_body', 'hip_flexors'],
    place: 'desk',
    dose: { kind: 'time', seconds: 60 },
    perSide: false,
    steps: 2,
    caution: null,
    source: 'Dunstan et al. 2012; Buckley et al. 2015',
  },
  {
    // Its own move rather than a longer `walk`, so the walking break can say where to go:
    // fetching water and coming back the long way round is an errand people actually do.
    id: 'water_walk',
    targets: ['whole_body'],
    place: 'desk',
    dose: { kind: 'time', seconds: 120 },
    perSide: false,
    steps: 2,
    caution: null,
    source: 'Duran et al. 2023; Buffey et al. 2022',
  },
];
