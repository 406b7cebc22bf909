import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/combo-box/src/vaadin-combo-box.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/date-time-picker/src/vaadin-date-time-picker.js';
import '@vaadin/date-picker/src/vaadin-date-picker.js';
import 'Frontend/generated/jar-resources/datepickerConnector.js';
import '@vaadin/time-picker/src/vaadin-time-picker.js';
import 'Frontend/generated/jar-resources/vaadin-time-picker/timepickerConnector.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'b40ee920d015b85827598a70aed9e70111918c5d6382beb9642893c9b6198875') {
    pending.push(import('./chunks/chunk-c0e94c5c07c60e91d64830ffa623becaec100600386a16a9d37b2e6804ec8bdc.js'));
  }
  if (key === '5f17c3d04a69cbfe3484f0a9358f0a077f2fb4d3df50d8a71a8359d01f934bfc') {
    pending.push(import('./chunks/chunk-832fea4e5256b0825d339707646bdc438fabb25179bf68abc7eb77d8b19f607e.js'));
  }
  if (key === '4cdbff3edae198ed82500196f1431dd7e1a8d5e98b6ded7c4b44079f079ce61e') {
    pending.push(import('./chunks/chunk-10eb0ed4b73de9fe8c87ccdd372f95ccae6b97490fd5a2285ecfccba4a905f52.js'));
  }
  if (key === '2c96aef9968fbc65edc8d217fd874eafd3c0008fe1793d0ef467be17b39ddba6') {
    pending.push(import('./chunks/chunk-b9e5cb731452e9ddde49978c224ccd205d6a282b58680169fbca66b770734d5c.js'));
  }
  if (key === 'dd60eeb7c2e63a9673e12eb7ccc8c90ab175f25470dd2b8571df1835c1d6e144') {
    pending.push(import('./chunks/chunk-aaaac6ae33d41917dbe44896717b5457b0be67af67b11d0f8e8496e91e9b2756.js'));
  }
  if (key === '848dc4f36e741c1972e2a2ac96357ccf0a0bb40248e29c05c6f862cd790bf649') {
    pending.push(import('./chunks/chunk-c0e94c5c07c60e91d64830ffa623becaec100600386a16a9d37b2e6804ec8bdc.js'));
  }
  if (key === '3bde8ad08a2b41b994205db399b5bfdcecaf63aa3e6ab5d46430b99f9c4b0ac5') {
    pending.push(import('./chunks/chunk-7411ad8c8e247de6c07f83a8bff7bde957690b5f4e2f4b8f390efb4b16435a85.js'));
  }
  if (key === '46134020f89c35fef1442c9aae37acf4bf41bea83d5a85f28caef29095b85896') {
    pending.push(import('./chunks/chunk-b9472278d66b4d86fe02bdb1ad96a7e5603dfb467317fca4c438c7bc8f2249ed.js'));
  }
  if (key === '7357b8bc0c6fe6eda213144acb27482d16872d6ef0acb048e45664fccb041701') {
    pending.push(import('./chunks/chunk-10eb0ed4b73de9fe8c87ccdd372f95ccae6b97490fd5a2285ecfccba4a905f52.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}