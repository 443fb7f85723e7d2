// Learning paths from `<knowledge>/paths.yml`: ordered steps, each naming note sections (resolved
// like a quiz item's `section`) and a quiz topic. Validated with zod; every problem, a section the
// notes do not have included, is a PATHS_INVALID error naming file:line.
import path from 'node:path';
import { z } from 'zod';
import { KafkaBotError } from '../model/errors.js';
import type { Knowledge } from '../knowledge/types.js';
import { readInside, realRoot } from '../knowledge/folder.js';
import { parseYamlList, readYamlLines } from '../model/yaml-lines.js';
import { resolveSection } from '../quiz/bank.js';
import { parseTopic, topicLabel } from '../quiz/topics.js';

const StepSchema = z.strictObject({
  title: z.string().trim().min(1),
  sections: z.array(z.string().trim().min(1)).min(1, 'a step names at least one section'),
  topic: z.string().trim().min(1),
});
const PathSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][\w-]*$/i, 'letters, digits, - and _ only'),
  title: z.string().trim().min(1),
  steps: z.array(StepSchema).min(1, 'a path has at least one step'),
});

/** One section of a step, resolved against the notes. */
export interface StepSection {
  /** As written in paths.yml. */
  name: string;
  /** The section's breadcrumb in the notes. */
  breadcrumb: string[];
  /** Id of the first chunk of the section: what "읽기" answers. */
  chunkId: string;
}

export interface PathStep {
  title: string;
  sections: StepSection[];
  /** Quiz topic key (`raid`, or a tag). */
  topic: string;
  topicLabel: string;
}

export interface LearningPath {
  id: string;
  title: string;
  steps: PathStep[];
}

/** Parse paths.yml text against loaded notes; `file` is the display path for errors. */
export function parsePaths(source: string, file: string, knowledge: Knowledge): LearningPath[] {
  const yaml = readYamlLines(source, file, 'PATHS_INVALID');
  const entries = parseYamlList(yaml, file, PathSchema, 'PATHS_INVALID');
  const lineOf = yaml.lineAt;
  const ids = new Set<string>();
  return entries.map(({ value, line }, p) => {
    if (ids.has(value.id)) throw new KafkaBotError('PATHS_INVALID', `path id '${value.id}' is used twice`, { location: { file, line } });
    ids.add(value.id);
    const steps = value.steps.map((step, s): PathStep => {
      const topic = parseTopic(step.topic) ?? step.topic.toLowerCase().replace(/\s+/g, '-');
      if (!knowledge.quizItems.some((item) => item.topics.includes(topic))) {
        throw new KafkaBotError('PATHS_INVALID', `topic '${step.topic}' has no quiz items`, {
          location: { file, line: lineOf([p, 'steps', s, 'topic'], line) },
        });
      }
      const sections = step.sections.map((name, n) => {
        const found = resolveSection(name, knowledge.chunks);
        const chunk = found && knowledge.chunks.find((c) => startsWith(c.breadcrumb, found.breadcrumb));
        if (!found || !chunk) {
          throw new KafkaBotError('PATHS_INVALID', `section '${name}' is not in the notes`, {
            location: { file, line: lineOf([p, 'steps', s, 'sections', n], line) },
          });
        }
        return { name, breadcrumb: found.breadcrumb, chunkId: chunk.id };
      });
      return { title: step.title, sections, topic, topicLabel: topicLabel(topic) };
    });
    return { id: value.id, title: value.title, steps };
  });
}

/** Whether `crumbs` lies within the section `prefix`. */
export function startsWith(crumbs: string[], prefix: string[]): boolean {
  return prefix.length <= crumbs.length && prefix.every((segment, i) => crumbs[i] === segment);
}

const loaded = new WeakMap<Knowledge, Promise<LearningPath[]>>();

/** The paths of a loaded knowledge folder (none without paths.yml), read once per load. */
export function pathsOf(knowledge: Knowledge): Promise<LearningPath[]> {
  let paths = loaded.get(knowledge);
  if (!paths) {
    const shown = `${path.basename(knowledge.dir)}/paths.yml`;
    paths = realRoot(knowledge.dir)
      .then((root) => readInside(root, 'paths.yml', shown))
      .then(
        (text) => (text === undefined ? [] : parsePaths(text, shown, knowledge)),
        (error: Error) => {
          if (error instanceof KafkaBotError && error.code === 'PATHS_INVALID') throw error;
          throw new KafkaBotError('PATHS_INVALID', error.message.replace(`${shown}: `, ''), { location: { file: shown } });
        },
      );
    loaded.set(knowledge, paths);
  }
  return paths;
}
