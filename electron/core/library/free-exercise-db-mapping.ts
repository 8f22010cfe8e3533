// How a free-exercise-db entry becomes a library item: muscles become body regions, level
// becomes difficulty, instructions become steps, category a tag and the dose a default.
import { z } from 'zod';
import { normaliseEquipment } from '../../../shared/domain/equipment';
import { type Difficulty, type LibraryItemDraft } from '../../../shared/domain/library';
import type { ExerciseParameters } from '../../../shared/domain/parameters';

export const exerciseSchema = z.object({
  id: z.string().trim().min(1).max(150),
  name: z.string().trim().min(1).max(160),
  force: z.string().nullish(),
  level: z.enum(['beginner', 'intermediate', 'expert']),
  mechanic: z.string().nullish(),
  equipment: z.string().nullish(),
  primaryMuscles: z.array(z.string()),
  secondaryMuscles: z.array(z.string()),
  instructions: z.array(z.string()),
  category: z.string().trim().min(1).max(60),
  images: z.array(z.string().min(1).max(500)).max(12),
});
export type Exercise = z.infer<typeof exerciseSchema>;

const muscleRegions: Record<string, string> = {
  abdominals: 'Trunk',
  abductors: 'Hip',
  adductors: 'Thigh',
  biceps: 'Arm',
  calves: 'Calf',
  chest: 'Chest',
  forearms: 'Arm',
  glutes: 'Hip',
  hamstrings: 'Thigh',
  lats: 'Upper back',
  'lower back': 'Lower back',
  'middle back': 'Upper back',
  neck: 'Neck',
  quadriceps: 'Thigh',
  shoulders: 'Shoulder',
  traps: 'Upper back',
  triceps: 'Arm',
};

const equipmentNames: Record<string, string | null> = {
  'body only': null,
  bands: 'Resistance band',
  barbell: 'Barbell',
  cable: 'Cable machine',
  dumbbell: 'Dumbbell',
  'e-z curl bar': 'E-Z curl bar',
  'exercise ball': 'Exercise ball',
  'foam roll': 'Foam roller',
  kettlebells: 'Kettlebell',
  machine: 'Machine',
  'medicine ball': 'Medicine ball',
  other: null,
};

const difficultyOf: Record<Exercise['level'], Difficulty> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  expert: 'advanced',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unique = <T>(values: T[]) => [...new Set(values)];

function parametersFor(category: string): ExerciseParameters {
  switch (category) {
    case 'stretching':
      return { sets: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 7 };
    case 'cardio':
      return { durationSeconds: 600 };
    default:
      return { sets: 3, reps: 10, restSeconds: 60, daysPerWeek: 3 };
  }
}

/** The library item an exercise becomes (photos are added once they have been read). */
export function mapExercise(exercise: Exercise): LibraryItemDraft {
  const muscles = unique([...exercise.primaryMuscles, ...exercise.secondaryMuscles]);
  const primary = exercise.primaryMuscles.join(', ');
  const equipmentKey = (exercise.equipment ?? '').toLowerCase();
  const equipment =
    equipmentKey in equipmentNames ? equipmentNames[equipmentKey] : capitalise(equipmentKey);
  const steps = exercise.instructions.map((s) => s.trim()).filter((s) => s !== '');
  // The library keeps up to 30 steps; a longer list keeps its tail in the last step.
  const instructions =
    steps.length > 30 ? [...steps.slice(0, 29), steps.slice(29).join(' ')] : steps;
  return {
    kind: 'exercise',
    parameters: parametersFor(exercise.category),
    title: exercise.name,
    summary: `${capitalise(exercise.category)} exercise${primary ? ` for the ${primary}` : ''}. Imported from free-exercise-db; check the dose and wording before giving it to a patient.`,
    instructions: instructions.map((s) => s.slice(0, 1000)),
    cautions: [],
    clinicianNotes: '',
    images: [],
    videoUrl: null,
    bodyRegions: unique(
      exercise.primaryMuscles.concat(exercise.secondaryMuscles).flatMap((m) => {
        const region = muscleRegions[m.toLowerCase()];
        return region ? [region] : [];
      }),
    ),
    conditions: [],
    tags: unique([exercise.category, ...muscles, ...(exercise.mechanic ? [exercise.mechanic] : [])])
      .map((t) => t.trim().slice(0, 60))
      .filter((t) => t !== '')
      .slice(0, 30),
    equipment: equipment ? normaliseEquipment([equipment]) : [],
    difficulty: difficultyOf[exercise.level],
  };
}
