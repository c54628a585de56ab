// The paste page: sends the text to POST /v1/diagnoses as one named input and shows the report; the evidence
// lines of the input are highlighted from their line and column ranges. Text is always set with textContent.
'use strict';

const SOURCE_NAME = 'pasted.txt';
const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

function renderDiagnosis(diagnosis, isMain) {
  const card = element('article', 'diagnosis' + (isMain ? ' main' : '') + (diagnosis.symptomOf ? ' symptom' : ''));
  const heading = element('h3');
  heading.append(element('span', 'severity', diagnosis.severity), element('span', 'rule', diagnosis.rule),
    document.createTextNode(' ' + diagnosis.subject + (diagnosis.container ? ' [' + diagnosis.container + ']' : '')));
  card.append(heading, element('p', 'title', diagnosis.title), element('p', 'summary', diagnosis.summary));
  if (diagnosis.symptomOf) {
    card.append(element('p', 'symptom-of', 'Symptom of ' + diagnosis.symptomOf));
    return card;
  }
  if (diagnosis.explanation) card.append(element('p', 'explanation', diagnosis.explanation));
  if (diagnosis.evidence.length) {
    card.append(element('h4', null, 'Evidence'));
    const list = element('ul', 'evidence');
    diagnosis.evidence.forEach((e) => list.append(element('li', null, e.source + ':' + e.line + '  ' + e.text)));
    card.append(list);
  }
  if (diagnosis.remediation.length) {
    card.append(element('h4', null, 'Fix'));
    const steps = element('ol', 'remediation');
    diagnosis.remediation.forEach((step) => {
      const item = element('li', null, step.step);
      if (step.command) item.append(element('pre', 'command', step.command));
      steps.append(item);
    });
    card.append(steps);
  }
  return card;
}

function renderSource(text, diagnoses) {
  const marks = new Map();
  diagnoses.forEach((d) => d.evidence.filter((e) => e.source === SOURCE_NAME)
    .forEach((e) => marks.set(e.line, e)));
  const list = $('source');
  list.replaceChildren();
  text.split(/\r?\n|\r/).forEach((line, index) => {
    const evidence = marks.get(index + 1);
    const item = element('li', evidence ? 'evidence' : null);
    if (evidence) {
      item.append(document.createTextNode(line.slice(0, evidence.startColumn - 1)),
        element('mark', null, line.slice(evidence.startColumn - 1, evidence.endColumn)),
        document.createTextNode(line.slice(evidence.endColumn)));
    } else {
      item.textContent = line;
    }
    list.append(item);
  });
}

async function diagnose() {
  $('error').hidden = true;
  const text = $('input').value;
  const headers = { 'Content-Type': 'application/json' };
  if ($('token').value) headers.Authorization = 'Bearer ' + $('token').value;
  let response;
  try {
    response = await fetch('/v1/diagnoses', {
      method: 'POST', headers,
      body: JSON.stringify({ inputs: [{ name: SOURCE_NAME, content: text }], format: 'json' }),
    });
  } catch (failure) {
    showError('The server could not be reached: ' + failure.message);
    return;
  }
  const body = await response.json();
  if (!response.ok) {
    $('result').hidden = true;
    showError(body.title + ': ' + body.detail);
    return;
  }
  $('verdict').textContent = 'Verdict: ' + body.verdict + ' (' + body.subjects.join(', ') + ')';
  $('verdict').className = 'verdict-' + body.verdict;
  const list = $('diagnoses');
  list.replaceChildren();
  const main = body.diagnoses.find((d) => !d.symptomOf);
  body.diagnoses.forEach((d) => list.append(renderDiagnosis(d, d === main)));
  renderSource(text, body.diagnoses);
  $('result').hidden = false;
}

$('diagnose').addEventListener('click', diagnose);
