// Bottleneck badges on Cockpit's process definition diagram. Cockpit imports this file as an ES
// module (no build step) and calls render(viewer, {api, processDefinitionId}) once the diagram is
// drawn: the diagram.plugin point is the one that hands a plugin the bpmn-js viewer and the
// definition id (diagram.overlay renders a bare node per element, with neither).

const ID = 'ovop-bottlenecks';

// Cockpit 7.24 hands diagram plugins a broken api.engine (the whole page address); the engine is
// the path segment after /app/cockpit/, where Cockpit itself reads it from.
function engineName() {
  return window.location.pathname.split('/app/cockpit/')[1].split('/')[0];
}

function duration(hours, inWords) {
  if (hours < 1) {
    return Math.round(hours * 60) + (inWords ? ' minutes' : ' min');
  }
  if (hours < 48) {
    return hours.toFixed(1) + (inWords ? ' hours' : ' h');
  }
  return (hours / 24).toFixed(1) + (inWords ? ' days' : ' d');
}

function plural(count, one, many) {
  return count + ' ' + (count === 1 ? one : many);
}

function explanation(activity, bottleneck) {
  const lines = [];
  if (activity.waitingNow > 0) {
    lines.push(plural(activity.waitingNow, 'application waits', 'applications wait') + ' here now.');
  }
  if (activity.overdueNow > 0) {
    lines.push(plural(activity.overdueNow, 'of them is', 'of them are') + ' past their due date.');
  }
  if (actionableMedian(activity)) {
    lines.push('Half of the applications that finished this step in the last 30 days took less than '
      + duration(activity.medianHours, true) + ' here (the median).');
  }
  if (bottleneck) {
    lines.push('No other step has more applications waiting: this is the bottleneck.');
  }
  return lines.join('\n');
}

// Where a badge may sit around its shape, in order of preference: bpmn-js anchors the overlay at
// the position, the class shifts the badge so it lies outside the shape.
const PLACES = [
  { position: { top: -3, left: 0 }, className: 'ovop-above' },
  { position: { top: -3, right: 0 }, className: 'ovop-above ovop-leftward' },
  { position: { bottom: -3, left: 0 }, className: '' },
  { position: { bottom: -3, right: 0 }, className: 'ovop-leftward' },
  { position: { top: 0, left: -3 }, className: 'ovop-leftward' },
  { position: { top: 0, right: -3 }, className: '' }
];

// A median under a minute (service tasks, events) says nothing an administrator can act on.
function actionableMedian(activity) {
  return activity.medianHours != null && activity.medianHours >= 1 / 60;
}

// The full badge says "3 waiting · median 5.2 h · 1 overdue"; the compact one only the numbers,
// for a diagram zoomed out so far that words would cover other elements. Both explain in the title.
function badge(activity, bottleneck, compact, className) {
  const element = document.createElement('div');
  element.className = 'ovop-overlay ' + className + (bottleneck ? ' ovop-bottleneck' : '') + (compact ? ' ovop-compact' : '');
  element.dataset.activityId = activity.activityId;
  element.title = explanation(activity, bottleneck);
  const parts = [];
  if (activity.waitingNow > 0) {
    parts.push(compact ? String(activity.waitingNow) : activity.waitingNow + ' waiting');
  }
  if (actionableMedian(activity) && (!compact || parts.length === 0)) {
    parts.push(compact ? duration(activity.medianHours, false) : 'median ' + duration(activity.medianHours, false));
  }
  element.textContent = parts.join(' · ');
  if (activity.overdueNow > 0) {
    const overdue = document.createElement('span');
    overdue.className = 'ovop-overdue';
    overdue.textContent = compact ? '!' + activity.overdueNow : activity.overdueNow + ' overdue';
    element.append(parts.length ? ' · ' : '', overdue);
  }
  return element;
}

function overlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Puts each badge at the first place where it covers no label and no other badge: the full badge
// if it fits somewhere, else the compact one. Run again whenever the diagram is zoomed or moved.
function place(viewer, shown, mostWaiting, attempt = 0) {
  const overlays = viewer.get('overlays');
  overlays.remove({ type: ID });
  const labels = [...viewer.get('canvas').getContainer().querySelectorAll('.djs-element text')]
    .filter(text => text.textContent.trim()).map(text => text.getBoundingClientRect());
  // Cockpit draws the diagram before its overlays are laid out: until a badge has a size, there is
  // nothing to measure; try again shortly (for at most ten seconds, then place them unmeasured).
  const unmeasured = box => box.width === 0 && attempt < 50;
  const taken = [];
  for (const activity of shown) {
    const bottleneck = mostWaiting > 0 && activity.waitingNow === mostWaiting;
    let kept = null;
    for (const compact of [false, true]) {
      for (const where of PLACES) {
        // Never smaller than life: the diagram opens zoomed out to fit, which would shrink the text away.
        const id = overlays.add(activity.activityId, ID, {
          position: where.position, scale: { min: 1 }, html: badge(activity, bottleneck, compact, where.className)
        });
        const box = overlays.get(id).html.getBoundingClientRect();
        if (unmeasured(box)) {
          overlays.remove({ type: ID });
          setTimeout(() => place(viewer, shown, mostWaiting, attempt + 1), 200);
          return;
        }
        if (!labels.some(label => overlap(label, box)) && !taken.some(other => overlap(other, box))) {
          kept = box;
          break;
        }
        overlays.remove(id);
      }
      if (kept) {
        break;
      }
    }
    if (!kept) {
      // Nowhere free at this zoom: the compact badge above the shape, where it is expected.
      const id = overlays.add(activity.activityId, ID, {
        position: PLACES[0].position, scale: { min: 1 }, html: badge(activity, bottleneck, true, PLACES[0].className)
      });
      kept = overlays.get(id).html.getBoundingClientRect();
    }
    taken.push(kept);
  }
}

export default {
  id: ID,
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 0,
  render: async (viewer, { api, processDefinitionId }) => {
    const url = `${api.cockpitApi}/plugin/${ID}/${engineName()}/process-definition/`
      + `${encodeURIComponent(processDefinitionId)}/activities`;
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      // Only administrators get figures; everyone else keeps the plain diagram.
      return;
    }
    const elements = viewer.get('elementRegistry');
    const shown = (await response.json()).filter(a => elements.get(a.activityId)
      && (a.waitingNow > 0 || a.overdueNow > 0 || actionableMedian(a)))
      // The busiest steps choose their places first.
      .sort((a, b) => b.waitingNow - a.waitingNow || b.overdueNow - a.overdueNow);
    const mostWaiting = Math.max(0, ...shown.map(a => a.waitingNow));
    const canvas = viewer.get('canvas');
    for (const activity of shown) {
      if (mostWaiting > 0 && activity.waitingNow === mostWaiting) {
        canvas.addMarker(activity.activityId, 'ovop-bottleneck-shape');
      }
    }
    place(viewer, shown, mostWaiting);
    let pending = null;
    const again = () => {
      clearTimeout(pending);
      pending = setTimeout(() => place(viewer, shown, mostWaiting), 150);
    };
    viewer.get('eventBus').on(['canvas.viewbox.changed', 'canvas.resized'], again);
  }
};
