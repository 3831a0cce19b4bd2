//! Memoised walks over a flow, for the build's checks (the browser's live count stays a capped
//! enumeration in `engine`: this walk would add some 5 KB of brotli to the WASM). Instead of
//! every way of answering, each node is visited once per distinct *answer state*: the truth of
//! just those conditions that the routes and windows still ahead can read, kept as bits.
//! Answers that no condition tells apart (two options nothing mentions) walk as one class, with
//! their number kept for counting paths. A budget of steps bounds the work: a flow past it is
//! an error, never a hang or an out-of-memory abort.

use std::collections::BTreeMap;

use super::engine::{possible_answers, Answer, Answers, WalkError};
use super::model::{Condition, Flow, Outcome, Question, WindowPick};

/// The most steps (answer states visited and classes of answers tried) one walk may take.
/// The bundled flows take at most some 16,000; a flow past it needs splitting, not patience.
pub const STEP_LIMIT: usize = 2_000_000;

/// A set of bits: one per leaf condition of the flow, then one per question (answered or not).
type Bits = Vec<u64>;

/// Answers to one question that no condition of the flow tells apart.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerClass {
    /// The least answer of the class (in answer order), standing for all of them.
    pub answer: Answer,
    /// How many answers it stands for.
    pub count: u64,
    /// The bits an answer of the class sets: the question's conditions that hold, and its own.
    sets: Bits,
}

/// One step of a walk: a class of answers to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index of the question in `flow.questions`.
    pub question: usize,
    /// Index of the class in [`Explorer::classes`] of the question.
    pub class: usize,
    /// How many answers the class stands for.
    pub count: u64,
}

/// An outcome reached in some answer state.
pub struct Ending<'e, 'f> {
    explorer: &'e Explorer<'f>,
    at: usize,
    bits: &'e [u64],
}

impl<'f> Ending<'_, 'f> {
    /// The outcome.
    pub fn outcome(&self) -> &'f Outcome {
        &self.explorer.flow.outcomes[self.at]
    }

    /// The outcome's window picks whose condition holds, in order.
    pub fn applying_picks(&self) -> impl Iterator<Item = &'f WindowPick> + '_ {
        let picks = self.outcome().windows.iter();
        picks.zip(&self.explorer.picks[self.at]).filter(|(_, when)| holds(when, self.bits)).map(|(pick, _)| pick)
    }

    /// Whether the question at `question` in `flow.questions` was answered on the way (known
    /// for the questions the tally tracks).
    pub fn answered(&self, question: usize) -> bool {
        let bit = self.explorer.atoms.len() + question;
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// What a walk works out: a value at each outcome, joined back over the answers that lead there.
/// Each distinct answer state is worked out once, so `outcome` and `add` see each state once.
pub trait Tally<'f> {
    /// What is worked out for each answer state.
    type Value: Clone;
    /// The value at an outcome.
    fn outcome(&mut self, ending: &Ending<'_, 'f>) -> Self::Value;
    /// The value of a question before any of its answers is added.
    fn nothing(&self) -> Self::Value;
    /// `total` with the value `next` of going on after `step` added.
    fn add(&mut self, step: Step, total: Self::Value, next: &Self::Value) -> Self::Value;
    /// Whether the walk may take this step (every one, unless the tally narrows the walk).
    fn allows(&self, _question: usize, _class: usize) -> bool {
        true
    }
    /// Questions whose being answered or not is part of the answer state (see
    /// [`Ending::answered`]).
    fn tracked(&self) -> &[usize] {
        &[]
    }
    /// Whether the tally has all it wants: the walk then stops, its values left partial.
    fn finished(&self) -> bool {
        false
    }
}

/// A flow prepared for memoised walks: its conditions as bits, what each node can still read,
/// and the classes of answers of each question.
#[derive(Debug)]
pub struct Explorer<'f> {
    flow: &'f Flow,
    /// Every leaf condition (`any_of`, `unknown`, `at_least`) of the flow, once.
    atoms: Vec<&'f Condition>,
    /// For each question, its routes: the bits their condition needs, and the next node's index
    /// (or its id, if the flow has no such node).
    routes: Vec<Vec<(Bits, Result<usize, &'f str>)>>,
    /// For each outcome, the bits each window pick's condition needs.
    picks: Vec<Vec<Bits>>,
    /// For each node (questions, then outcomes): the bits it or a node after it reads.
    live: Vec<Bits>,
    /// For each question: its answers in classes, in the order their first answer is tried.
    classes: Vec<Vec<AnswerClass>>,
    /// How many words each set of bits takes.
    words: usize,
    step_limit: usize,
}

impl<'f> Explorer<'f> {
    /// Prepares `flow`, with the usual [`STEP_LIMIT`].
    pub fn new(flow: &'f Flow) -> Self {
        let mut atoms: Vec<&Condition> = Vec::new();
        for question in flow.questions.iter() {
            question.routes.iter().for_each(|route| add_atoms(&route.when, &mut atoms));
        }
        for outcome in flow.outcomes.iter() {
            outcome.windows.iter().for_each(|pick| add_atoms(&pick.when, &mut atoms));
        }
        let words = (atoms.len() + flow.questions.len()).div_ceil(64);
        let needs = |condition: &Condition| {
            let mut bits = vec![0; words];
            for (at, atom) in atoms.iter().enumerate() {
                if has_leaf(condition, atom) {
                    set_bit(&mut bits, at);
                }
            }
            bits
        };
        let routes: Vec<Vec<(Bits, Result<usize, &str>)>> = flow
            .questions
            .iter()
            .map(|question| {
                let next = |id: &'f str| node_index(flow, id).ok_or(id);
                question.routes.iter().map(|route| (needs(&route.when), next(&route.next))).collect()
            })
            .collect();
        let picks: Vec<Vec<Bits>> = flow
            .outcomes
            .iter()
            .map(|outcome| outcome.windows.iter().map(|pick| needs(&pick.when)).collect())
            .collect();
        let classes =
            flow.questions.iter().enumerate().map(|(at, question)| answer_classes(at, question, &atoms, words));
        let classes = classes.collect();
        let live = live_bits(&routes, &picks, words);
        Explorer { flow, atoms, routes, picks, live, classes, words, step_limit: STEP_LIMIT }
    }

    /// The same explorer with another step limit.
    pub fn with_step_limit(mut self, step_limit: usize) -> Self {
        self.step_limit = step_limit;
        self
    }

    /// The classes of answers of the question at `question` in `flow.questions`.
    pub fn classes(&self, question: usize) -> &[AnswerClass] {
        &self.classes[question]
    }

    /// Walks every way on from the node `from`, given the `answers` so far (those to questions
    /// already asked), and returns the tally's value there. Errors as a walk's: the first answer
    /// without a route (in the order answers are tried), a missing node, a route cycle from
    /// `from`, or [`WalkError::TooLarge`] past the step limit.
    pub fn walk<T: Tally<'f>>(&self, from: &str, answers: &Answers, tally: &mut T) -> Result<T::Value, WalkError> {
        let from = node_index(self.flow, from).ok_or_else(|| WalkError::MissingNode(from.to_string()))?;
        if let Some(question) = self.flow.questions.get(from).and_then(|question| route_cycle(self.flow, &question.id))
        {
            return Err(WalkError::Cycle { question });
        }
        let mut bits = vec![0; self.words];
        for (at, atom) in self.atoms.iter().enumerate() {
            if atom.holds(answers) {
                set_bit(&mut bits, at);
            }
        }
        for (at, question) in self.flow.questions.iter().enumerate() {
            if answers.contains_key(question.id.as_ref()) {
                set_bit(&mut bits, self.atoms.len() + at);
            }
        }
        let mut tracked = vec![0; self.words];
        for &question in tally.tracked() {
            set_bit(&mut tracked, self.atoms.len() + question);
        }
        let mut walk = MemoWalk { memo: BTreeMap::new(), steps: 0, limit: self.step_limit, tracked };
        self.visit(from, &bits, tally, &mut walk)
    }

    fn visit<T: Tally<'f>>(
        &self,
        node: usize,
        bits: &[u64],
        tally: &mut T,
        walk: &mut MemoWalk<T::Value>,
    ) -> Result<T::Value, WalkError> {
        let mut key = Vec::with_capacity(bits.len() + 1);
        key.push(node as u64);
        let reads = self.live[node].iter().zip(&walk.tracked).map(|(live, tracked)| live | tracked);
        key.extend(bits.iter().zip(reads).map(|(bits, reads)| bits & reads));
        if let Some(known) = walk.memo.get(&key) {
            return Ok(known.clone());
        }
        walk.spend()?;
        let Some(question) = self.flow.questions.get(node) else {
            let value = tally.outcome(&Ending { explorer: self, at: node - self.flow.questions.len(), bits });
            walk.memo.insert(key, value.clone());
            return Ok(value);
        };
        let mut total = tally.nothing();
        let mut after: Bits = bits.to_vec();
        for (class_index, class) in self.classes[node].iter().enumerate() {
            if tally.finished() {
                break;
            }
            if !tally.allows(node, class_index) {
                continue;
            }
            walk.spend()?;
            after.iter_mut().zip(bits.iter().zip(&class.sets)).for_each(|(after, (bits, sets))| *after = bits | sets);
            let route = self.routes[node].iter().find(|(needs, _)| holds(needs, &after));
            let next = match route {
                None => return Err(WalkError::NoRoute { question: question.id.to_string() }),
                Some((_, Err(missing))) => return Err(WalkError::MissingNode(missing.to_string())),
                Some((_, Ok(next))) => self.visit(*next, &after, tally, walk)?,
            };
            let step = Step { question: node, class: class_index, count: class.count };
            total = tally.add(step, total, &next);
        }
        walk.memo.insert(key, total.clone());
        Ok(total)
    }
}

/// The memo of one walk, the steps it has taken and may take, and the questions it tracks.
struct MemoWalk<V> {
    memo: BTreeMap<Vec<u64>, V>,
    steps: usize,
    limit: usize,
    tracked: Bits,
}

impl<V> MemoWalk<V> {
    fn spend(&mut self) -> Result<(), WalkError> {
        self.steps += 1;
        if self.steps > self.limit {
            return Err(WalkError::TooLarge { limit: self.limit });
        }
        Ok(())
    }
}

fn set_bit(bits: &mut [u64], bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

/// Whether every bit `needs` has is set in `bits`.
fn holds(needs: &[u64], bits: &[u64]) -> bool {
    needs.iter().zip(bits).all(|(needs, bits)| needs & bits == *needs)
}

/// For each node, the bits it or a node after it reads: up to a fixed point, so a cycle cannot
/// make it loop.
fn live_bits(routes: &[Vec<(Bits, Result<usize, &str>)>], picks: &[Vec<Bits>], words: usize) -> Vec<Bits> {
    let union = |all: &mut Bits, more: &[u64]| all.iter_mut().zip(more).for_each(|(all, more)| *all |= more);
    let union_of = |sets: &mut dyn Iterator<Item = &Bits>| {
        let mut all = vec![0; words];
        sets.for_each(|set| union(&mut all, set));
        all
    };
    let own_routes = routes.iter().map(|routes| union_of(&mut routes.iter().map(|(needs, _)| needs)));
    let own_picks = picks.iter().map(|picks| union_of(&mut picks.iter()));
    let mut live: Vec<Bits> = own_routes.chain(own_picks).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for question in (0..routes.len()).rev() {
            for next in routes[question].iter().filter_map(|(_, next)| next.ok()) {
                let before = live[question].clone();
                let after = live[next].clone();
                union(&mut live[question], &after);
                changed |= live[question] != before;
            }
        }
    }
    live
}

/// The answers of a question in classes: two answers share a class when every condition on the
/// question holds for both or for neither.
fn answer_classes(at: usize, question: &Question, atoms: &[&Condition], words: usize) -> Vec<AnswerClass> {
    let own: Vec<usize> = (0..atoms.len()).filter(|&atom| reads(atoms[atom]) == Some(question.id.as_ref())).collect();
    let mut classes: Vec<AnswerClass> = Vec::new();
    let mut by_signature: BTreeMap<Vec<bool>, usize> = BTreeMap::new();
    let mut alone = Answers::new();
    for answer in possible_answers(question) {
        alone.insert(question.id.to_string(), answer);
        let signature: Vec<bool> = own.iter().map(|&atom| atoms[atom].holds(&alone)).collect();
        let Some(answer) = alone.remove(question.id.as_ref()) else { continue };
        if let Some(&known) = by_signature.get(&signature) {
            let class = &mut classes[known];
            class.count += 1;
            if answer < class.answer {
                class.answer = answer;
            }
            continue;
        }
        let mut sets = vec![0; words];
        for (&atom, _) in own.iter().zip(&signature).filter(|(_, holds)| **holds) {
            set_bit(&mut sets, atom);
        }
        set_bit(&mut sets, atoms.len() + at);
        by_signature.insert(signature, classes.len());
        classes.push(AnswerClass { answer, count: 1, sets });
    }
    classes
}

/// Adds the leaves of `condition` to `atoms`, each once.
fn add_atoms<'f>(condition: &'f Condition, atoms: &mut Vec<&'f Condition>) {
    match condition {
        Condition::Always => {}
        Condition::All(conditions) => conditions.iter().for_each(|inner| add_atoms(inner, atoms)),
        leaf => {
            if !atoms.contains(&leaf) {
                atoms.push(leaf);
            }
        }
    }
}

/// Whether `condition` has the leaf `atom` (a condition holds when all its leaves hold).
fn has_leaf(condition: &Condition, atom: &Condition) -> bool {
    match condition {
        Condition::All(conditions) => conditions.iter().any(|inner| has_leaf(inner, atom)),
        leaf => leaf == atom,
    }
}

/// The index of a node: a question's in `flow.questions`, else the number of questions plus an
/// outcome's in `flow.outcomes` (a question wins over an outcome of the same id, as in a walk).
fn node_index(flow: &Flow, id: &str) -> Option<usize> {
    let question = flow.questions.iter().position(|question| question.id == id);
    let outcome = || flow.outcomes.iter().position(|outcome| outcome.id == id).map(|at| flow.questions.len() + at);
    question.or_else(outcome)
}

/// The question a leaf condition reads.
fn reads(atom: &Condition) -> Option<&str> {
    match atom {
        Condition::AnyOf { question, .. } | Condition::Unknown { question } | Condition::AtLeast { question, .. } => {
            Some(question.as_ref())
        }
        Condition::Always | Condition::All(_) => None,
    }
}

/// A question that can be reached from itself by following routes from `from`, whatever their
/// conditions, if any: the first met, depth first.
pub fn route_cycle<'f>(flow: &'f Flow, from: &'f str) -> Option<String> {
    fn visit<'f>(flow: &'f Flow, id: &'f str, on_path: &mut Vec<&'f str>, done: &mut Vec<&'f str>) -> Option<String> {
        if on_path.contains(&id) {
            return Some(id.to_string());
        }
        if done.contains(&id) {
            return None;
        }
        let question = flow.question(id)?;
        on_path.push(id);
        for route in question.routes.iter() {
            if let Some(cycle) = visit(flow, route.next.as_ref(), on_path, done) {
                return Some(cycle);
            }
        }
        on_path.pop();
        done.push(id);
        None
    }
    visit(flow, from, &mut Vec::new(), &mut Vec::new())
}
