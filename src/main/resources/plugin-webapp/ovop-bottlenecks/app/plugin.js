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
  if (activity.medianHours != null) {
    lines.push('Half of the applications that finished this step in the last 30 days took less than '
      + duration(activity.medianHours, true) + ' here (the median).');
  }
  if (bottleneck) {
    lines.push('No other step has more applications waiting: this is the bottleneck.');
  }
  return lines.join('\n');
}

function badge(activity, bottleneck) {
  const element = document.createElement('div');
  element.className = 'ovop-overlay' + (bottleneck ? ' ovop-bottleneck' : '');
  element.dataset.activityId = activity.activityId;
  element.title = explanation(activity, bottleneck);
  const parts = [];
  if (activity.waitingNow > 0) {
    parts.push(activity.waitingNow + ' waiting');
  }
  if (activity.medianHours != null) {
    parts.push('median ' + duration(activity.medianHours, false));
  }
  element.textContent = parts.join(' · ');
  if (activity.overdueNow > 0) {
    const overdue = document.createElement('span');
    overdue.className = 'ovop-overdue';
    overdue.textContent = activity.overdueNow + ' overdue';
    element.append(parts.length ? ' · ' : '', overdue);
  }
  return element;
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
    // A sub-minute median (service tasks, events) says nothing an administrator can act on.
    const shown = (await response.json()).filter(a => elements.get(a.activityId)
      && (a.waitingNow > 0 || a.overdueNow > 0 || a.medianHours >= 1 / 60));
    const mostWaiting = Math.max(0, ...shown.map(a => a.waitingNow));
    const overlays = viewer.get('overlays');
    const canvas = viewer.get('canvas');
    for (const activity of shown) {
      const bottleneck = mostWaiting > 0 && activity.waitingNow === mostWaiting;
      // Never smaller than life: the diagram opens zoomed out to fit, which would shrink the text away.
      overlays.add(activity.activityId, ID, {
        position: { top: -3, left: 0 }, scale: { min: 1 }, html: badge(activity, bottleneck)
      });
      if (bottleneck) {
        canvas.addMarker(activity.activityId, 'ovop-bottleneck-shape');
      }
    }
  }
};
