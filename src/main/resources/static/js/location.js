// Keeps the location lists in step with the producer's choices: region -> districts -> aiyl aimaks
// -> villages. The server renders the lists for the saved values, so without JavaScript the form
// still works; this only saves a round trip when a level changes.
(function () {
  const box = document.querySelector('.location[data-territories]');
  if (!box) return;
  const url = box.dataset.territories;
  const lang = (document.documentElement.lang || 'ky').slice(0, 2);
  const name = t => lang === 'ru' ? t.nameRu : lang === 'en' ? t.nameEn : t.nameKy;
  const levels = ['district', 'aiylAimak', 'village'].map(id => ({
    input: document.getElementById(id), list: document.getElementById(id + '-choices')
  }));

  function fill(level, choices) {
    level.list.replaceChildren(...choices.map(t => {
      const option = document.createElement('option');
      option.value = name(t);
      option.dataset.code = t.code;
      return option;
    }));
  }

  // The code of the choice the producer's text names, in any of the three languages.
  function chosen(level) {
    const text = level.input.value.trim().toLowerCase();
    const option = [...level.list.options].find(o => o.value.toLowerCase() === text);
    return option ? option.dataset.code : null;
  }

  async function load(index, query) {
    levels.slice(index).forEach(level => fill(level, []));
    if (!query) return;
    try {
      const response = await fetch(url + '?' + query, { headers: { Accept: 'application/json' } });
      if (response.ok) fill(levels[index], await response.json());
    } catch (e) {
      // Offline or slow: the fields stay free text and the server checks them.
    }
  }

  const region = document.getElementById('region');
  region.addEventListener('change', () => load(0, region.value && 'region=' + encodeURIComponent(region.value)));
  levels.slice(0, 2).forEach((level, i) => level.input.addEventListener('change', () => {
    const code = chosen(level);
    load(i + 1, code && 'parent=' + encodeURIComponent(code));
  }));
})();
